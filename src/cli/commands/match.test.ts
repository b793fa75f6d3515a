import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseMappingDocument, sha256Hex } from '../../formats/mapping/document';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { run } from './match';

describe.skipIf(!haveSharedFixtures())('CLI match', () => {
  it('matches the Keras fixture, replays clicks and writes both files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slimscope-match-'));
    const clicks = join(dir, 'clicks.json');
    await writeFile(
      clicks,
      JSON.stringify([
        ['stem_bn1/gamma', 'conv0_bn/gamma'],
        ['stem_conv1/kernel', 'cell_0/1x1/weights'],
      ]),
    );
    const out = join(dir, 'mapping.json');
    const am = join(dir, 'am.json');
    const prefix = fixture('keras-nasnetmobile-index-only', 'variables', 'variables');
    const code = await run([
      prefix,
      '--model',
      'nasnet-mobile',
      '--pairs',
      clicks,
      '--out',
      out,
      '--assignment-map',
      am,
    ]);
    expect(code).toBe(0);
    const doc = parseMappingDocument(await readFile(out, 'utf8'), out);
    expect(doc.pairs).toHaveLength(1126);
    expect(doc.pairs.find((p) => p.graph === 'conv0_bn/gamma')?.how).toBe('manual');
    expect(doc.checkpoint.indexSha256).toBe(
      await sha256Hex(new Uint8Array(await readFile(`${prefix}.index`))),
    );
    expect(doc.checkpoint.files).toEqual([{ name: 'variables.index', size: 89595 }]);
    const map = JSON.parse(await readFile(am, 'utf8')) as Record<string, string>;
    expect(Object.keys(map)).toHaveLength(1124);
    expect(map['predictions/kernel']).toBeUndefined();
  });

  it('--model auto (the default) detects the 1000-class Keras NASNetMobile; --json and the document record it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slimscope-match-'));
    const out = join(dir, 'mapping.json');
    const prefix = fixture('keras-nasnetmobile-index-only', 'variables', 'variables');
    let text = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((text += String(c)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await run([prefix, '--out', out, '--json'])).toBe(0);
    } finally {
      spy.mockRestore();
      err.mockRestore();
    }
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({
      matched: 1126,
      missing: 0,
      model: { name: 'nasnet-mobile', mode: 'inference', numClasses: 1000 },
      detected: { fit: 'complete', covered: 1126, total: 1126 },
    });
    const doc = parseMappingDocument(await readFile(out, 'utf8'), out);
    expect(doc.model).toMatchObject({ name: 'nasnet-mobile', mode: 'inference', numClasses: 1000 });
    expect(doc.model.detected).toMatch(
      /^NASNet-A Mobile, inference, 1000 classes: covers 1126\/1126 variables/,
    );
    // 1000 classes built, so the logits layer maps without a background row.
    expect(doc.pairs.find((p) => p.graph === 'final_layer/FC/biases')?.transform).toBeNull();
  });

  it('a named model keeps its released class count unless --classes says otherwise', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slimscope-match-'));
    const out = join(dir, 'mapping.json');
    const prefix = fixture('keras-nasnetmobile-index-only', 'variables', 'variables');
    const err = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await run([prefix, '--model', 'nasnet-mobile', '--out', out])).toBe(0);
      const doc = parseMappingDocument(await readFile(out, 'utf8'), out);
      expect(doc.model.numClasses).toBe(1001);
      expect(doc.model.detected).toBeUndefined();
      expect(doc.pairs.find((p) => p.graph === 'final_layer/FC/biases')?.transform).toEqual([
        { op: 'insert_background_class', axis: 0 },
      ]);
      expect(await run([prefix, '--model', 'nasnet-mobile', '--classes', '1000', '--out', out])).toBe(0);
      expect(parseMappingDocument(await readFile(out, 'utf8'), out).model.numClasses).toBe(1000);
      await expect(run([prefix, '--model', 'nasnet-tiny', '--out', out])).rejects.toThrow(
        /--model must be one of auto/,
      );
    } finally {
      err.mockRestore();
    }
  });
});

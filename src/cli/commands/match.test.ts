import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { run } from './export';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'slimscope-cli-export-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe.skipIf(!haveSharedFixtures())('cli export', () => {
  const source = fixture('dnn-test-tf1.12', 'model.ckpt');

  it('without --mapping re-writes the checkpoint byte for byte', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await run([source, '--out', join(out, 'same', 'model.ckpt')])).toBe(0);
    vi.restoreAllMocks();
    for (const suffix of ['.index', '.data-00000-of-00001']) {
      expect(
        (await readFile(join(out, 'same', `model.ckpt${suffix}`))).equals(await readFile(source + suffix)),
      ).toBe(true);
    }
  });

  it('applies a mapping document with a transform and keeps unmapped extras', async () => {
    const mapping = join(out, 'mapping.json');
    const pairs = [
      {
        checkpoint: 'fc_1/kernel',
        graph: 'net/fc1/weights',
        how: 'manual',
        transform: [{ op: 'permute', perm: [1, 0], label: 'T' }],
      },
      { checkpoint: 'fc_1/bias', graph: 'net/fc1/biases', how: 'manual', transform: null },
    ];
    await writeFile(mapping, JSON.stringify({ pairs }));
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (printed.push(String(s)), true));
    const target = join(out, 'mapped', 'model.ckpt');
    expect(await run([source, '--mapping', mapping, '--out', target, '--keep-unmapped', '--json'])).toBe(0);
    vi.restoreAllMocks();
    expect(JSON.parse(printed.join(''))).toMatchObject({ tensors: 37, copied: 36, materialized: 1 });
    const [original, back] = await Promise.all([openNodeCheckpoint(source), openNodeCheckpoint(target)]);
    const names = back.variables.map((v) => v.name);
    expect(names).toContain('net/fc1/weights');
    expect(names).not.toContain('fc_1/kernel');
    expect(names).toContain('fc_1/kernel/Adam');
    const kernel = (await original.readTensor('fc_1/kernel')).values as Float32Array;
    const weights = await back.readTensor('net/fc1/weights');
    expect(weights.shape).toEqual([128, 15]);
    expect((weights.values as Float32Array)[5 * 15 + 2]).toBe(kernel[2 * 128 + 5]);
    expect((await back.readTensor('net/fc1/biases')).values).toEqual(
      (await original.readTensor('fc_1/bias')).values,
    );
  });

  it('refuses to overwrite the checkpoint it reads', async () => {
    await expect(run([source, '--out', source])).rejects.toMatchObject({ code: 'BAD_FORMAT' });
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { readMappedWeights } from './inferenceWeights';
import type { RequestContext } from '../rpc/serve';

const ctx = (): RequestContext & { seen: number[] } => {
  const seen: number[] = [];
  return { signal: { cancelled: false }, onProgress: (p) => seen.push(p.done), seen };
};
const prefix = () => join(oracleDir, 'nasnet-mobile', 'model.ckpt');

describe.skipIf(!haveSharedFixtures())('readMappedWeights on the NASNet oracle', () => {
  it('reads all 1126 inference weights by name, with byte progress, and names the unused aux head', async () => {
    const reader = await openNodeCheckpoint(prefix());
    const c = ctx();
    const w = await readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null }, c);
    expect(w.missing).toEqual([]);
    expect(w.names).toHaveLength(1126);
    expect(w.values[w.names.indexOf('conv0/weights')]).toHaveLength(3 * 3 * 3 * 32);
    expect(w.unusedCheckpoint.filter((n) => n.startsWith('aux_7/'))).toHaveLength(12);
    expect(c.seen.length).toBeGreaterThan(10);
    expect(c.seen.at(-1)).toBeGreaterThan(20e6);
  });

  it('applies a pair transform while loading (a transposed kernel)', async () => {
    const reader = await openNodeCheckpoint(prefix());
    const perm = [1, 0, 2, 3];
    const pairs = [
      {
        checkpoint: 'conv0/weights',
        graph: 'conv0/weights',
        transform: [{ op: 'permute' as const, perm, label: 'swap h,w' }],
      },
    ];
    const plain = await readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null }, ctx());
    const swapped = await readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs }, ctx());
    const a = plain.values[plain.names.indexOf('conv0/weights')]!;
    const b = swapped.values[swapped.names.indexOf('conv0/weights')]!;
    // [h, w, cin, cout] = [3, 3, 3, 32]: b[w][h][c][o] === a[h][w][c][o]
    const at = (h: number, w: number, ci: number, o: number) => ((h * 3 + w) * 3 + ci) * 32 + o;
    expect(b[at(0, 2, 1, 5)]).toBe(a[at(2, 0, 1, 5)]);
    expect(b[at(1, 2, 0, 7)]).toBe(a[at(2, 1, 0, 7)]);
  });

  it('lists the graph variables the checkpoint lacks', async () => {
    const full = await openNodeCheckpoint(prefix());
    const dropped = new Set([
      'final_layer/FC/biases',
      'cell_3/comb_iter_2/left/avg_pool_3x3/dummy',
      'conv0_bn/gamma',
    ]);
    const reader = {
      ...full,
      variables: full.variables.filter((v) => !dropped.has(v.name)),
      readTensor: full.readTensor.bind(full),
    };
    const w = await readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null }, ctx());
    expect(w.missing).toEqual(['conv0_bn/gamma', 'final_layer/FC/biases']);
    expect(w.names).toHaveLength(1124);
  });

  it('refuses a model whose shapes the checkpoint cannot fill', async () => {
    const reader = await openNodeCheckpoint(prefix());
    const w = readMappedWeights(reader, { handle: 1, model: 'nasnet-cifar', pairs: null }, ctx());
    await expect(w).rejects.toMatchObject({ code: 'SHAPE_MISMATCH' });
  });
});

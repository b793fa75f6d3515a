import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointReader, TensorData } from '../../formats/checkpoint';
import { openNodeCheckpoint } from '../../formats/openNode';
import {
  deriveTensors,
  mapFloats,
  memoryCheckpoint,
  toTorchLayout,
} from '../../testing/compare/checkpointPairs';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { cadeneName } from '../../testing/matching/renamers';
import { compareCheckpoints } from './compareCheckpoints';
import type { DiffRow } from './diffTypes';

const have = haveSharedFixtures();

/** Relative L2 and max |a−b| computed directly from two whole tensors. */
function directStats(a: TensorData, b: TensorData) {
  const x = a.values as Float32Array;
  const y = b.values as Float32Array;
  let sq = 0;
  let aa = 0;
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - y[i]!;
    sq += d * d;
    aa += x[i]! * x[i]!;
    max = Math.max(max, Math.abs(d));
  }
  return { relL2: Math.sqrt(sq) / Math.sqrt(aa), maxAbs: max };
}

const isTrainable = (name: string): boolean => !/moving_(mean|variance)$/.test(name);
const wiggle = (x: number, i: number): number => x + 1e-3 * Math.sin(i);
const rowOf = (rows: DiffRow[], a: string): DiffRow => rows.find((r) => r.a === a)!;

describe.skipIf(!have)('comparing the NASNet-A Mobile oracle checkpoint', () => {
  let original: CheckpointReader;
  beforeAll(async () => {
    original = await openNodeCheckpoint(join(oracleDir, 'nasnet-mobile', 'model.ckpt'));
  });

  it('against itself: every tensor the same', async () => {
    const { rows, totals } = await compareCheckpoints(original, original);
    expect(totals).toMatchObject({ rows: 1139, same: 1139, changed: 0, onlyA: 0, onlyB: 0, largest: null });
    expect(rows.every((r) => r.pairedBy === 'name' && r.maxAbs === 0 && r.relation === null)).toBe(true);
  });

  it('against its EMA copy: trainable variables pair with their moving averages', async () => {
    const ema = await memoryCheckpoint(
      'ema',
      await deriveTensors(original, (t) =>
        isTrainable(t.name) && t.dtype === 'float32'
          ? { ...mapFloats(t, wiggle), name: `${t.name}/ExponentialMovingAverage` }
          : t,
      ),
    );
    const { rows, totals } = await compareCheckpoints(original, ema);
    const trainable = original.variables.filter((v) => isTrainable(v.name) && v.dtype === 'float32');
    expect(totals).toMatchObject({ onlyA: 0, onlyB: 0, changed: trainable.length });
    expect(totals.same).toBe(1139 - trainable.length);
    const name = 'cell_11/comb_iter_0/left/separable_5x5_1/depthwise_weights';
    const row = rowOf(rows, name);
    expect(row).toMatchObject({ b: `${name}/ExponentialMovingAverage`, pairedBy: 'ema', status: 'changed' });
    const a = await original.readTensor(name);
    const want = directStats(a, mapFloats(a, wiggle));
    expect(row.maxAbs).toBe(want.maxAbs);
    expect(row.relL2).toBeCloseTo(want.relL2, 10);
  });

  it('against a PyTorch port of itself (re-keyed, OIHW): paired through the matcher, same up to the transpose', async () => {
    const port = await memoryCheckpoint(
      'port',
      await deriveTensors(original, (t) => {
        const key = cadeneName(t.name);
        return key ? { ...toTorchLayout(t), name: key } : null;
      }),
    );
    const { rows, totals } = await compareCheckpoints(original, port);
    const ported = rows.filter((r) => cadeneName(r.a!) !== null);
    expect(ported.length).toBeGreaterThan(1000);
    for (const r of ported) {
      expect({ a: r.a, b: r.b, status: r.status }).toEqual({ a: r.a, b: cadeneName(r.a!), status: 'same' });
      expect(r.pairedBy).toBe('matcher');
    }
    const kernel = rowOf(rows, 'cell_3/1x1/weights');
    expect(kernel).toMatchObject({
      relation: 'transpose',
      maxAbs: 0,
      shapeA: [1, 1, 264, 44],
      shapeB: [1, 1, 264, 44],
    });
    expect(kernel.transform).toMatch(/^b: OIHW→HWIO/);
    // The aux head and global_step have no key in the port.
    const onlyA = rows.filter((r) => r.status === 'only-a').map((r) => r.a!);
    expect(onlyA.every((n) => n.startsWith('aux_') || n === 'global_step')).toBe(true);
    expect(totals.onlyB).toBe(0);
  });

  it('against a copy with two cells changed: exactly those cells changed, largest where it was made', async () => {
    const moved = (name: string) => name.startsWith('cell_5/') || name.startsWith('cell_11/');
    const scaleOf = (name: string) => (name.startsWith('cell_11/') ? 3e-2 : 1e-3);
    const change = (t: TensorData) => mapFloats(t, (x, i) => x * (1 + scaleOf(t.name) * Math.cos(i)));
    const copy = await memoryCheckpoint(
      'changed',
      await deriveTensors(original, (t) => (moved(t.name) ? change(t) : t)),
    );
    const { rows, totals } = await compareCheckpoints(original, copy);
    const changed = rows.filter((r) => r.status === 'changed').map((r) => r.a!);
    expect(changed.length).toBeGreaterThan(50);
    expect(changed.every(moved)).toBe(true);
    expect(rows.filter((r) => r.status === 'same').every((r) => !moved(r.a!))).toBe(true);
    expect(totals.largest?.a).toMatch(/^cell_11\//);
    const name = 'cell_5/comb_iter_1/right/bn_sep_3x3_2/gamma';
    const a = await original.readTensor(name);
    const want = directStats(a, change(a));
    expect(rowOf(rows, name).maxAbs).toBe(want.maxAbs);
    expect(rowOf(rows, name).relL2).toBeCloseTo(want.relL2, 10);
  });
});

import { describe, expect, it } from 'vitest';
import { memoryCheckpoint } from '../../testing/compare/checkpointPairs';
import type { TensorData } from '../checkpoint';
import { comparePair } from './comparePair';

const utf8 = (s: string) => new TextEncoder().encode(s);

function ramp(
  name: string,
  shape: number[],
  f = (i: number) => Math.sin(i * 0.7) * (1 + i / 10),
): TensorData {
  const n = shape.reduce((x, y) => x * y, 1);
  return { name, dtype: 'float32', shape, values: Float32Array.from({ length: n }, (_, i) => f(i)) };
}

/** numpy `x.T` of a 2-D float tensor. */
function transposed(t: TensorData): TensorData {
  const [r, c] = t.shape as [number, number];
  const v = t.values as Float32Array;
  const out = new Float32Array(v.length);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = v[i * c + j]!;
  return { ...t, shape: [c, r], values: out };
}

describe('comparePair on generated checkpoints', async () => {
  const square = ramp('square', [64, 64]);
  const wide = ramp('wide', [30, 70]);
  const big = ramp('big', [300, 257]);
  const a = await memoryCheckpoint('a', [
    square,
    wide,
    big,
    ramp('scaled', [1000]),
    ramp('neg', [40]),
    ramp('dtype', [500]),
    ramp('size', [10]),
    { name: 'text', dtype: 'string', shape: [2], values: [utf8('x'), utf8('y')] },
  ]);
  const changedBig = (big.values as Float32Array).slice();
  changedBig[10] = changedBig[10]! + 0.5;
  changedBig[77_000] = changedBig[77_000]! - 2;
  const b = await memoryCheckpoint('b', [
    { ...transposed(square), name: 'square' },
    { ...transposed(wide), name: 'wide' },
    { ...big, values: changedBig },
    { ...ramp('scaled', [1000]), values: (ramp('scaled', [1000]).values as Float32Array).map((x) => x * 3) },
    { ...ramp('neg', [40]), values: (ramp('neg', [40]).values as Float32Array).map((x) => -x) },
    {
      name: 'dtype',
      dtype: 'float64',
      shape: [500],
      values: Float64Array.from(ramp('dtype', [500]).values as Float32Array),
    },
    ramp('size', [11]),
    { name: 'text', dtype: 'string', shape: [2], values: [utf8('x'), utf8('z')] },
  ]);
  const run = (nameA: string, nameB = nameA, chunkBytes = 1024) =>
    comparePair({ reader: a, name: nameA }, { reader: b, name: nameB }, { chunkBytes });

  it('streams a changed tensor in small chunks and gets the exact statistics', async () => {
    let bytes = 0;
    const c = await comparePair(
      { reader: a, name: 'big' },
      { reader: b, name: 'big' },
      { chunkBytes: 1000, onBytes: (n) => (bytes += n) },
    );
    expect(c.status).toBe('changed');
    expect(c.relation).toBeNull();
    const va = big.values as Float32Array;
    const d10 = Math.abs(va[10]! - changedBig[10]!);
    const d77 = Math.abs(va[77_000]! - changedBig[77_000]!);
    let aa = 0;
    for (const x of va) aa += x * x;
    expect(c.stats).toMatchObject({ changed: 2, changedFraction: 2 / va.length, maxAbs: Math.max(d10, d77) });
    expect(c.stats!.meanAbs).toBeCloseTo((d10 + d77) / va.length, 14);
    expect(c.stats!.relL2).toBeCloseTo(Math.hypot(d10, d77) / Math.sqrt(aa), 12);
    expect(bytes).toBe(2 * va.length * 4);
  });

  it('finds a transposed square copy (same shape) and a transposed non-square copy (shape changed)', async () => {
    const sq = await run('square');
    expect(sq).toMatchObject({ status: 'changed', relation: 'transpose', relationDetail: 'perm 1,0' });
    const w = await run('wide');
    expect(w).toMatchObject({ status: 'shape', relation: 'transpose', shapeA: [30, 70], shapeB: [70, 30] });
    expect(w.stats).toMatchObject({ changed: 0, maxAbs: 0 });
  });

  it('finds a scaled copy and a sign flip', async () => {
    const s = await run('scaled');
    expect(s.relation).toBe('scaled');
    expect(s.relationDetail).toBe('×3');
    expect(s.stats!.cosine).toBeCloseTo(1, 12);
    const n = await run('neg');
    expect(n).toMatchObject({ status: 'changed', relation: 'negated', relationDetail: '×-1' });
  });

  it('compares float32 against float64 values, chunks of different element counts aligned', async () => {
    const d = await run('dtype', 'dtype', 64);
    expect(d).toMatchObject({ status: 'dtype', dtypeA: 'float32', dtypeB: 'float64', relation: null });
    expect(d.stats).toMatchObject({ changed: 0, count: 500 });
  });

  it('reports a size change without statistics and compares strings byte for byte', async () => {
    expect(await run('size')).toMatchObject({ status: 'shape', stats: null, relation: null });
    expect(await run('text')).toMatchObject({ status: 'changed', stats: null });
  });

  it('compares after a prepare step (a transform) on one side', async () => {
    const c = await comparePair(
      { reader: a, name: 'wide', prepare: transposed },
      { reader: b, name: 'wide' },
    );
    expect(c).toMatchObject({ status: 'same', relation: null, shapeA: [70, 30] });
  });
});

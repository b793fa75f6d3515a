import { describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { openNodeCheckpoint } from '../openNode';
import { memoryByteSource } from '../bytes/readChecks';
import type { CheckpointReader } from '../checkpoint';
import { openCheckpoint } from '../open';
import { BundleWriter } from '../tensorflow/bundleWriter';
import { writtenBundleFiles } from '../tensorflow/dataParts';
import { bfloat16ToNumber, float16ToNumber } from './numbers';
import { computeTensorStats } from './tensorStats';

/** Straightforward reference: everything in memory, textbook formulas. */
function reference(values: number[], bins: number) {
  const finite = values.filter(Number.isFinite);
  const min = finite.reduce((a, b) => Math.min(a, b), Infinity);
  const max = finite.reduce((a, b) => Math.max(a, b), -Infinity);
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  const std = Math.sqrt(finite.reduce((a, b) => a + (b - mean) ** 2, 0) / finite.length);
  const counts = new Array<number>(bins).fill(0);
  for (const x of finite) counts[Math.min(bins - 1, Math.floor(((x - min) / (max - min)) * bins))]!++;
  return { min, max, mean, std, counts };
}

async function bundleWith(values: Float32Array): Promise<CheckpointReader> {
  const w = new BundleWriter();
  w.addTensor('x', 'float32', [values.length], values);
  return openCheckpoint(await writtenBundleFiles('s', w.finish()));
}

describe('streaming tensor statistics', () => {
  it('matches an in-memory reference when read in many small chunks', async () => {
    const n = 10_000;
    const vals = Array.from({ length: n }, (_, i) => Math.sin(i * 0.37) * 3 + (i % 17) * 0.01);
    vals[5] = NaN;
    vals[6] = Infinity;
    vals[7] = -Infinity;
    vals[8] = 0;
    const f32 = Float32Array.from(vals);
    const r = await bundleWith(f32);
    const progress: number[] = [];
    const s = await computeTensorStats(r, 'x', {
      chunkBytes: 1000,
      bins: 20,
      onProgress: (p) => progress.push(p.done / p.total),
    });
    const ref = reference([...f32], 20);
    expect([s.count, s.nan, s.posInf, s.negInf, s.finite]).toEqual([n, 1, 1, 1, n - 3]);
    expect(s.zeros).toBe([...f32].filter((x) => x === 0).length);
    expect([s.min, s.max]).toEqual([ref.min, ref.max]);
    expect(s.mean).toBeCloseTo(ref.mean, 10);
    expect(s.std).toBeCloseTo(ref.std, 10);
    expect(s.histogram.counts).toEqual(ref.counts);
    expect(progress.length).toBeGreaterThan(40);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops with CANCELLED when cancelled and BAD_CRC on corrupted data', async () => {
    const r = await bundleWith(new Float32Array(5000).fill(1));
    const signal = { cancelled: false };
    const cancelling = computeTensorStats(r, 'x', {
      chunkBytes: 1024,
      signal,
      onProgress: () => (signal.cancelled = true),
    });
    await expect(cancelling).rejects.toMatchObject({ code: 'CANCELLED' });
    const w = new BundleWriter();
    w.addTensor('x', 'float32', [5000], new Float32Array(5000).fill(1));
    const [index, data] = await writtenBundleFiles('s', w.finish());
    const bytes = await data!.read(0, data!.size);
    bytes[19_000] = 7;
    const bad = await openCheckpoint([index!, memoryByteSource(data!.name, bytes)]);
    await expect(computeTensorStats(bad, 'x', { chunkBytes: 1024 })).rejects.toMatchObject({
      code: 'BAD_CRC',
    });
  });

  it.each([
    ['float16', Uint16Array.of(0x3c00, 0xc000, 0x7e00, 0x0000), [1, -2, 0]],
    ['bfloat16', Uint16Array.of(0x3f80, 0x4040, 0xff80), [1, 3]],
    ['int64', BigInt64Array.of(-5n, 7n, 0n), [-5, 7, 0]],
    ['bool', Uint8Array.of(1, 0, 1, 1), [1, 0, 1, 1]],
    ['complex64', Float32Array.of(3, 4, 0, 1), [5, 1]],
  ] as const)('streams %s tensors through the same statistics', async (dtype, values, finite) => {
    const w = new BundleWriter();
    const count = dtype === 'complex64' ? values.length / 2 : values.length;
    w.addTensor('t', dtype, [count], values);
    const r = await openCheckpoint(await writtenBundleFiles('d', w.finish()));
    const s = await computeTensorStats(r, 't', { bins: 4 });
    expect(s.count).toBe(count);
    expect(s.finite).toBe(finite.length);
    expect(s.min).toBe(Math.min(...finite));
    expect(s.max).toBe(Math.max(...finite));
    expect(s.mean).toBeCloseTo((finite as readonly number[]).reduce((a, b) => a + b, 0) / finite.length, 6);
    expect(s.histogram.counts.reduce((a, b) => a + b, 0)).toBe(finite.length);
  });

  it('decodes float16 and bfloat16 bit patterns', () => {
    expect([0x3c00, 0xc000, 0x7bff, 0x0001, 0x7c00].map(float16ToNumber)).toEqual([
      1,
      -2,
      65504,
      2 ** -24,
      Infinity,
    ]);
    expect(float16ToNumber(0x7e00)).toBeNaN();
    expect([0x3f80, 0xc040, 0x7f80].map(bfloat16ToNumber)).toEqual([1, -3, Infinity]);
  });

  it.skipIf(!haveSharedFixtures())(
    'computes statistics of a real 4-D kernel (vqvae) consistent with its values',
    async () => {
      const r = await openNodeCheckpoint(fixture('vqvae-tf2-checkpoint/ckpt-1'));
      const name = 'decoder/conv2/w/.ATTRIBUTES/VARIABLE_VALUE';
      const s = await computeTensorStats(r, name, { chunkBytes: 64 << 10 });
      const ref = reference([...((await r.readTensor(name)).values as Float32Array)], 64);
      expect(s.count).toBe(4 * 4 * 64 * 128);
      expect(s.mean).toBeCloseTo(ref.mean, 9);
      expect(s.std).toBeCloseTo(ref.std, 9);
      expect(s.histogram.counts).toEqual(ref.counts);
    },
  );
});

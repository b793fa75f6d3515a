import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActivationStatsCollector, hostMoments, statsPlaceFor, statsTensor } from './activationStats';
import { useNodeBackend } from './nodeBackend';

/** Deterministic values with a given offset and spread. */
function values(n: number, offset: number, spread: number): Float32Array {
  let seed = 7;
  return Float32Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return offset + spread * (seed / 2 ** 32 - 0.5);
  });
}

/** Mean/std by the textbook two passes in float64 over the finite values. */
function reference(xs: Float32Array) {
  const finite = [...xs].filter(Number.isFinite);
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  const std = Math.sqrt(finite.reduce((a, b) => a + (b - mean) ** 2, 0) / finite.length);
  return { mean, std, min: Math.min(...finite), max: Math.max(...finite) };
}

const CASES: Record<string, Float32Array> = {
  plain: values(4096, 0.3, 2),
  'large offset, small spread': values(4096, 3e4, 1e-2),
  'with NaN and ±Inf': Float32Array.from([...values(1000, -1, 4), NaN, Infinity, NaN, -Infinity, NaN]),
  exploding: values(2048, 0, 6e18),
};

describe('activation statistics', () => {
  beforeAll(async () => {
    await useNodeBackend('cpu');
  });

  for (const [label, xs] of Object.entries(CASES)) {
    it(`in one host pass equal the two-pass reference and the backend's: ${label}`, async () => {
      const host = hostMoments(xs);
      const ref = reference(xs);
      expect(host.mean).toBeCloseTo(
        ref.mean,
        9 - Math.max(0, Math.round(Math.log10(Math.abs(ref.mean) + 1))),
      );
      expect(Math.abs(host.std - ref.std)).toBeLessThanOrEqual(1e-9 * (ref.std + Math.abs(ref.mean)));
      expect([host.min, host.max]).toEqual([ref.min, ref.max]);
      const t = tf.tensor(xs);
      const stats = statsTensor(t);
      const [mean, std, min, max, nanCount, infCount] = await stats.data();
      tf.dispose([t, stats]);
      expect([host.nanCount, host.infCount]).toEqual([nanCount, infCount]);
      expect([host.min, host.max]).toEqual([min, max]);
      const scale = Math.abs(ref.mean) + ref.std;
      expect(Math.abs(host.mean - mean!)).toBeLessThanOrEqual(1e-5 * scale);
      if (label === 'exploding') {
        // Squares of 1e18 overflow float32 on the backend; the host pass sums in float64.
        expect(std).toBe(Infinity);
        expect(Number.isFinite(host.std)).toBe(true);
      } else {
        expect(Math.abs(host.std - std!)).toBeLessThanOrEqual(1e-3 * scale);
      }
    });
  }

  it('count NaN and Inf apart and report no finite values as the backend does', async () => {
    const xs = Float32Array.from([NaN, Infinity, -Infinity, NaN]);
    expect(hostMoments(xs)).toEqual({
      mean: 0,
      std: 0,
      min: Infinity,
      max: -Infinity,
      nanCount: 2,
      infCount: 2,
    });
    const t = tf.tensor(xs);
    const stats = statsTensor(t);
    expect(Array.from(await stats.data())).toEqual([0, 0, Infinity, -Infinity, 2, 2]);
    tf.dispose([t, stats]);
  });

  it('come out in end point order from either place', async () => {
    const before = tf.memory().numTensors;
    const tensors = Object.values(CASES).map((xs) => tf.tensor(xs));
    const read = async (place: 'host' | 'backend') => {
      const c = new ActivationStatsCollector(place);
      tensors.forEach((t, i) => c.onEndpoint(`Cell_${i}`, t));
      return c.read();
    };
    const [host, backend] = [await read('host'), await read('backend')];
    tensors.forEach((t) => t.dispose());
    expect(host.map((s) => s.name)).toEqual(['Cell_0', 'Cell_1', 'Cell_2', 'Cell_3']);
    expect(backend.map((s) => [s.name, s.nanCount, s.infCount])).toEqual(
      host.map((s) => [s.name, s.nanCount, s.infCount]),
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('are computed in JS for host-memory backends only', () => {
    expect(['wasm', 'cpu', 'webgl'].map(statsPlaceFor)).toEqual(['host', 'host', 'backend']);
  });
});

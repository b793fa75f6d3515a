import { describe, expect, it } from 'vitest';
import { PairAccumulator, samePermutationFingerprint, scalarRelation, type PairStats } from './pairStats';
import { equalsPermuted, findTranspose, permutationsBetween } from './permutations';

const F32_TOL = 4 * 2 ** -23;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

/** The statistics computed directly, element by element, without the accumulator. */
function direct(a: ArrayLike<number>, b: ArrayLike<number>) {
  let maxAbs = 0;
  let sumAbs = 0;
  let sq = 0;
  let aa = 0;
  let bb = 0;
  let ab = 0;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) changed++;
    maxAbs = Math.max(maxAbs, Math.abs(d));
    sumAbs += Math.abs(d);
    sq += d * d;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
    ab += a[i]! * b[i]!;
  }
  return {
    maxAbs,
    meanAbs: sumAbs / a.length,
    relL2: Math.sqrt(sq) / Math.sqrt(aa),
    cosine: ab / Math.sqrt(aa * bb),
    changedFraction: changed / a.length,
    changed,
  };
}

function inChunks(a: ArrayLike<number>, b: ArrayLike<number>, sizes: number[], tol = F32_TOL): PairStats {
  const acc = new PairAccumulator(tol);
  let at = 0;
  for (let k = 0; at < a.length; k++) {
    const n = Math.min(sizes[k % sizes.length]!, a.length - at);
    acc.add(a, at, b, at, n);
    at += n;
  }
  return acc.result();
}

/** Equal up to summation-order rounding (relative). */
const expectNear = (x: number, y: number): void =>
  expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12 * Math.abs(y));

function expectStats(s: PairStats, want: ReturnType<typeof direct>): void {
  expect(s.changed).toBe(want.changed);
  expect(s.maxAbs).toBe(want.maxAbs);
  expectNear(s.meanAbs, want.meanAbs);
  expectNear(s.relL2, want.relL2);
  expectNear(s.cosine, want.cosine);
  expect(s.changedFraction).toBe(want.changedFraction);
}

describe('PairAccumulator', () => {
  const rnd = random(7);
  const a = Float32Array.from({ length: 10_007 }, () => rnd());

  it('matches a direct computation for a copy with a few changed elements, whatever the chunking', () => {
    const b = a.slice();
    for (const i of [0, 17, 5000, 10_006]) b[i] = b[i]! + 0.25 * (i + 1);
    const want = direct(a, b);
    expect(want.changed).toBe(4);
    for (const sizes of [[a.length], [1], [3, 1000, 7], [4096]]) expectStats(inChunks(a, b, sizes), want);
    expect(scalarRelation(inChunks(a, b, [999]), F32_TOL)).toBeNull();
  });

  it('reports an identical copy as unchanged with cosine 1', () => {
    const s = inChunks(a, a.slice(), [333]);
    expect(s).toMatchObject({ changed: 0, maxAbs: 0, meanAbs: 0, relL2: 0, changedFraction: 0 });
    expect(s.cosine).toBeCloseTo(1, 12);
    expect(scalarRelation(s, F32_TOL)).toBeNull();
  });

  it('finds a float32 copy scaled by a constant, and its scale', () => {
    const b = a.map((x) => x * 0.37);
    const s = inChunks(a, b, [1234]);
    expectStats(s, direct(a, b));
    expect(scalarRelation(s, F32_TOL)).toEqual({
      relation: 'scaled',
      scale: expect.closeTo(0.37, 6) as number,
    });
  });

  it('finds a sign flip', () => {
    const b = a.map((x) => -x);
    const s = inChunks(a, b, [100]);
    expect(s.cosine).toBeCloseTo(-1, 12);
    expect(scalarRelation(s, F32_TOL)).toEqual({ relation: 'negated', scale: -1 });
  });

  it('reports no relation for a single value (any value is a multiple of another)', () => {
    const s = inChunks(Float32Array.of(2), Float32Array.of(-3), [1]);
    expect(s.changed).toBe(1);
    expect(scalarRelation(s, F32_TOL)).toBeNull();
  });

  it('does not call a scaled copy with one changed element scaled', () => {
    const b = a.map((x) => x * 2);
    b[42] = b[42]! + 1e-3;
    expect(scalarRelation(inChunks(a, b, [512]), F32_TOL)).toBeNull();
  });

  it('counts two NaNs as equal and a NaN against a number as a non-finite change', () => {
    const x = Float32Array.of(NaN, 1, 2, Infinity);
    const y = Float32Array.of(NaN, 1, NaN, Infinity);
    const s = inChunks(x, y, [1]);
    expect(s).toMatchObject({ changed: 1, nonFinite: 1, maxAbs: Infinity, changedFraction: 0.25 });
  });

  it('fingerprints a permutation of the same values as possibly the same', () => {
    const b = a.slice().reverse();
    expect(samePermutationFingerprint(inChunks(a, b, [10_007]))).toBe(true);
    const c = a.slice();
    c[3] = c[3]! + 1e-3;
    expect(samePermutationFingerprint(inChunks(a, c, [10_007]))).toBe(false);
  });
});

describe('transpose detection', () => {
  it('lists the permutations that fit the shapes, without the identity', () => {
    expect(permutationsBetween([3, 5], [5, 3])).toEqual([[1, 0]]);
    expect(permutationsBetween([4, 4], [4, 4])).toEqual([[1, 0]]);
    expect(permutationsBetween([2, 3, 4], [2, 3, 4])).toEqual([]);
    expect(permutationsBetween([3, 3, 8, 16], [16, 8, 3, 3])).toContainEqual([3, 2, 0, 1]);
  });

  it('finds the permutation that gives b from a, and refuses a near copy', () => {
    const a = Float32Array.from({ length: 2 * 3 * 4 }, (_, i) => i * 1.5);
    // b[k][j][i] = a[i][j][k]: numpy a.transpose(2, 1, 0)
    const b = new Float32Array(a.length);
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 3; j++) for (let k = 0; k < 4; k++) b[k * 6 + j * 2 + i] = a[i * 12 + j * 4 + k]!;
    expect(findTranspose(a, [2, 3, 4], b, [4, 3, 2])).toEqual([2, 1, 0]);
    b[5] = -1;
    expect(findTranspose(a, [2, 3, 4], b, [4, 3, 2])).toBeNull();
    expect(equalsPermuted(a, [2, 3, 4], a, [0, 1, 2])).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNpy } from '../formats/numpy/npy';
import { haveSharedFixtures, oracleDir } from '../testing/fixtures';
import { COMPARE_TOLERANCE, compareLogits } from './compareLogits';

describe('compareLogits', () => {
  it('passes within tolerance and reports absolute and relative differences', () => {
    const ref = new Float32Array([0, 2, -4, 1, 3, 0.5]);
    const act = ref.map((v, i) => v + (i === 2 ? 0.004 : 0));
    const c = compareLogits(act, [2, 3], ref, [2, 3], COMPARE_TOLERANCE.webgl);
    expect(c.rows).toBe(2);
    expect(c.maxAbsReference).toBe(4);
    expect(c.maxAbsDiff).toBeCloseTo(0.004, 6);
    expect(c.maxRelDiff).toBeCloseTo(0.001, 6);
    expect(c.relTolerance).toBe(COMPARE_TOLERANCE.webgl);
    expect(c.tolerance).toBeCloseTo(4 * COMPARE_TOLERANCE.webgl, 9);
    expect(c.pass).toBe(true);
    expect(c.verdict).toMatch(/^Match/);
    expect(compareLogits(act, [2, 3], ref, [2, 3], COMPARE_TOLERANCE.cpu).pass).toBe(false);
  });

  it('fails on a swapped class and says whether top-1 still agrees', () => {
    const ref = new Float32Array([0, 5, 1]);
    const act = new Float32Array([0, 1, 5]);
    const c = compareLogits(act, [1, 3], ref, [1, 3], COMPARE_TOLERANCE.webgl);
    expect(c.pass).toBe(false);
    expect(c.top1Agreement).toBe(0);
    expect(c.verdict).toContain('top-1 agrees for 0 of 1');
  });

  it('treats NaN logits as a mismatch', () => {
    const c = compareLogits(new Float32Array([NaN, 1]), [1, 2], new Float32Array([0, 1]), [1, 2], 1);
    expect(c.pass).toBe(false);
    expect(c.verdict).toContain('NaN');
  });

  it('refuses a reference of another shape with a hint about the background class', () => {
    expect(() =>
      compareLogits(new Float32Array(1001), [1, 1001], new Float32Array(1000), [1, 1000], 1e-3),
    ).toThrow(/background class/);
  });
});

describe.skipIf(!haveSharedFixtures())('compareLogits on the NASNet oracle', () => {
  it('accepts the oracle logits against themselves and rejects the predictions', () => {
    const logits = decodeNpy(readFileSync(join(oracleDir, 'nasnet-mobile', 'logits.npy')), 'logits.npy');
    const preds = decodeNpy(
      readFileSync(join(oracleDir, 'nasnet-mobile', 'predictions.npy')),
      'predictions.npy',
    );
    const l = logits.values as Float32Array;
    expect(compareLogits(l, logits.shape, l, logits.shape, COMPARE_TOLERANCE.cpu).maxAbsDiff).toBe(0);
    const c = compareLogits(
      preds.values as Float32Array,
      preds.shape,
      l,
      logits.shape,
      COMPARE_TOLERANCE.webgl,
    );
    expect(c.pass).toBe(false);
    expect(c.top1Agreement).toBe(2);
  });
});

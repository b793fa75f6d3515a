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

  it('refuses class counts that are no background-class variant, and another batch', () => {
    expect(() =>
      compareLogits(new Float32Array(1001), [1, 1001], new Float32Array(10), [1, 10], 1e-3),
    ).toThrow(/10 classes cannot be compared with a 1001-class model/);
    expect(() =>
      compareLogits(new Float32Array(1001), [1, 1001], new Float32Array(2000), [2, 1000], 1e-3),
    ).toThrow(/same inputs/);
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

  /** Columns 1: of a [rows, 1001] buffer: what a 1000-class Keras/PyTorch model outputs. */
  const dropBackground = (v: Float32Array, rows: number): Float32Array => {
    const out = new Float32Array(rows * 1000);
    for (let r = 0; r < rows; r++) out.set(v.subarray(r * 1001 + 1, (r + 1) * 1001), r * 1000);
    return out;
  };

  it('a 1000-column reference against a 1001-class model compares columns 1: and says so', () => {
    const logits = decodeNpy(readFileSync(join(oracleDir, 'nasnet-mobile', 'logits.npy')), 'logits.npy');
    const l = logits.values as Float32Array;
    const ref1000 = dropBackground(l, 2);
    // A background logit far off (min − 10, as the inserted row gives) must not count.
    const model = Float32Array.from(l);
    model[0] = -50;
    model[1001] = -50;
    const c = compareLogits(model, [2, 1001], ref1000, [2, 1000], COMPARE_TOLERANCE.webgl);
    expect(c.pass).toBe(true);
    expect(c.classes).toBe(1000);
    expect(c.maxAbsDiff).toBe(0);
    expect(c.classLayout).toMatch(
      /model's columns 1: \(1000 classes\); the reference has no background class/,
    );
    expect(c.verdict).toMatch(/^Match: .*reference has no background class/);
  });

  it("a 1001-column reference against a 1000-class model compares the reference's columns 1:", () => {
    const logits = decodeNpy(readFileSync(join(oracleDir, 'nasnet-mobile', 'logits.npy')), 'logits.npy');
    const l = logits.values as Float32Array;
    const c = compareLogits(dropBackground(l, 2), [2, 1000], l, [2, 1001], COMPARE_TOLERANCE.cpu);
    expect(c.pass).toBe(true);
    expect(c.classLayout).toMatch(/reference's columns 1: .*model has no background class/);
    // Off by a class (the columns not shifted) is a mismatch.
    const shifted = compareLogits(l.subarray(0, 2000), [2, 1000], l, [2, 1001], COMPARE_TOLERANCE.cpu);
    expect(shifted.pass).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { classLabels, CIFAR10_LABELS } from './classify';
import { compareEndpoint, compareEndpoints } from './endpointCompare';

const arr = (shape: number[], values: number[]) => ({ shape, values: Float32Array.from(values) });

describe('compareEndpoints', () => {
  it('compares in graph order, each with its own scale, and names the first one beyond tolerance', () => {
    const order = ['Stem', 'Cell_0', 'Cell_1', 'Logits'];
    const ref = new Map([
      ['Stem', arr([2], [10, -10])],
      ['Cell_1', arr([2], [1, 2])],
      ['Cell_0', arr([2], [100, 0])],
      ['Logits', arr([1, 2], [3, 4])],
      ['NotAnEndpoint', arr([1], [0])],
    ]);
    const actual = new Map([
      ['Stem', arr([2], [10.001, -10])],
      ['Cell_0', arr([2], [100.1, 0])],
      ['Cell_1', arr([2], [1.5, 2])],
      ['Logits', arr([1, 2], [3, 9])],
    ]);
    const v = compareEndpoints(order, actual, ref, 2e-3);
    expect(v.endpoints.map((e) => [e.name, e.ok])).toEqual([
      ['Stem', true],
      ['Cell_0', true],
      ['Cell_1', false],
      ['Logits', false],
    ]);
    expect(v.endpoints[1]?.relToScale).toBeCloseTo(1e-3, 6);
    expect(v.firstDiverging).toBe('Cell_1');
    expect(v.ignored).toEqual(['NotAnEndpoint']);
  });

  it('aligns a 1000-class model with a 1001-class reference (Logits on columns 1:, Predictions renormalized)', () => {
    const refLogits = arr([1, 4], [-5, 1, 2, 3]);
    const modelLogits = arr([1, 3], [1, 2, 3]);
    expect(compareEndpoint('Logits', modelLogits, refLogits, 1e-6).ok).toBe(true);
    const softmax = (xs: number[]) => {
      const e = xs.map(Math.exp);
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((x) => x / s);
    };
    const refPred = arr([1, 4], softmax([-5, 1, 2, 3]));
    const modelPred = arr([1, 3], softmax([1, 2, 3]));
    expect(compareEndpoint('Predictions', modelPred, refPred, 1e-5).ok).toBe(true);
    // Other shapes are not comparable: reported, never a pass.
    const other = compareEndpoint('Cell_0', arr([2], [1, 2]), arr([3], [1, 2, 3]), 1);
    expect(other).toMatchObject({ ok: false, maxAbs: null, problem: 'shape [2] vs reference [3]' });
    expect(compareEndpoint('Cell_0', arr([1], [NaN]), arr([1], [1]), 1).ok).toBe(false);
  });
});

describe('classLabels follows the class layout', () => {
  it('1001 ImageNet with background, 1000 without, CIFAR-10 on a CIFAR model, else indices', () => {
    expect(classLabels(1001)[0]).toBe('background');
    expect(classLabels(1000)[0]).toBe('tench, Tinca tinca');
    expect(classLabels(1000)).toHaveLength(1000);
    expect(classLabels(10, 'cifar10')).toEqual(CIFAR10_LABELS);
    expect(classLabels(10)).toEqual(Array.from({ length: 10 }, (_, i) => `class ${i}`));
    expect(classLabels(100, 'cifar10')[99]).toBe('class 99');
  });
});

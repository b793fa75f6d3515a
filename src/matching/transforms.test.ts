import { describe, expect, it } from 'vitest';
import type { TensorData } from '../formats/checkpoint';
import { checkPair, explainShapes } from './checkPair';
import {
  applyTransform,
  candidateTransforms,
  DEPTHWISE_TORCH_TO_TF,
  detectLayout,
  inferTransform,
  LINEAR_TRANSPOSE,
  OIHW_TO_HWIO,
} from './transforms';

const tensor = (shape: number[], values: number[]): TensorData => ({
  name: 't',
  dtype: 'float32',
  shape,
  values: Float32Array.from(values),
});

describe('applyTransform', () => {
  it('permutes OIHW to HWIO element by element', () => {
    // [O=2, I=3, H=1, W=2]: value = o*100 + i*10 + w
    const vals: number[] = [];
    for (let o = 0; o < 2; o++)
      for (let i = 0; i < 3; i++) for (let w = 0; w < 2; w++) vals.push(o * 100 + i * 10 + w);
    const out = applyTransform(tensor([2, 3, 1, 2], vals), [OIHW_TO_HWIO]);
    expect(out.shape).toEqual([1, 2, 3, 2]);
    // HWIO index (h=0, w, i, o) → o*100 + i*10 + w
    const at = (w: number, i: number, o: number): number =>
      (out.values as Float32Array)[(w * 3 + i) * 2 + o] as number;
    expect(at(1, 2, 1)).toBe(121);
    expect(at(0, 1, 0)).toBe(10);
  });

  it('turns a PyTorch depthwise [C,1,k,k] into [k,k,C,1]', () => {
    const vals = Array.from({ length: 2 * 4 }, (_, n) => n); // c*4 + h*2 + w
    const out = applyTransform(tensor([2, 1, 2, 2], vals), [DEPTHWISE_TORCH_TO_TF]);
    expect(out.shape).toEqual([2, 2, 2, 1]);
    expect(Array.from(out.values as Float32Array)).toEqual([0, 4, 1, 5, 2, 6, 3, 7]);
  });

  it('transposes a linear layer and adds the background class (0 weights, bias below the minimum)', () => {
    const w = applyTransform(tensor([3, 2], [1, 2, 3, 4, 5, 6]), [
      LINEAR_TRANSPOSE,
      { op: 'insert_background_class', axis: 1 },
    ]);
    expect(w.shape).toEqual([2, 4]);
    expect(Array.from(w.values as Float32Array)).toEqual([0, 1, 3, 5, 0, 2, 4, 6]);
    const b = applyTransform(tensor([3], [0.5, -1, 2]), [{ op: 'insert_background_class', axis: 0 }]);
    expect(Array.from(b.values as Float32Array)).toEqual([-11, 0.5, -1, 2]);
    const dropped = applyTransform(tensor([4], [9, 1, 2, 3]), [{ op: 'drop_background_class', axis: 0 }]);
    expect(Array.from(dropped.values as Float32Array)).toEqual([1, 2, 3]);
  });

  it('refuses a transform that does not fit the tensor', () => {
    expect(() => applyTransform(tensor([2, 2], [1, 2, 3, 4]), [OIHW_TO_HWIO])).toThrow(/does not fit/);
  });
});

describe('shape checks', () => {
  it('explains a refusal dimension by dimension', () => {
    const r = checkPair(
      { name: 'x', shape: [5, 5, 44, 1], dtype: 'float32' },
      { name: 'y', shape: [3, 3, 44, 1], kind: 'depthwise_weights' },
      'tf',
    );
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('[5,5,44,1] vs [3,3,44,1]: kernel 5x5 vs 3x3');
    expect(explainShapes([1, 1, 88, 44], [1, 1, 264, 44], 'tf', 'weights')).toBe(
      '[1,1,88,44] vs [1,1,264,44]: input channels 88 vs 264',
    );
    expect(
      checkPair({ name: 'x', shape: [], dtype: 'int64' }, { name: 'y', shape: [] }, 'tf').reason,
    ).toMatch(/dtype int64/);
  });

  it('offers the transforms that make shapes agree', () => {
    expect(inferTransform([32, 3, 3, 3], [3, 3, 3, 32], 'torch')).toEqual([OIHW_TO_HWIO]);
    expect(inferTransform([1056, 1000], [1056, 1001], 'tf')).toEqual([
      { op: 'insert_background_class', axis: 1 },
    ]);
    expect(inferTransform([3, 3, 44, 1], [5, 5, 44, 1], 'tf')).toBeUndefined();
    const offered = candidateTransforms([1000, 1056], [1056, 1001], 'tf');
    expect(offered).toContainEqual([LINEAR_TRANSPOSE, { op: 'insert_background_class', axis: 1 }]);
  });

  it('detects the checkpoint layout from its 4-D tensors', () => {
    expect(detectLayout([[3, 3, 3, 32], [1, 1, 32, 64], [64]])).toBe('tf');
    expect(
      detectLayout([
        [32, 3, 3, 3],
        [64, 32, 1, 1],
        [44, 1, 5, 5],
      ]),
    ).toBe('torch');
  });
});

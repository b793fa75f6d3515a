import { SlimscopeError } from '../base/errors';
import type { TensorData, TensorValues } from '../formats/checkpoint';
import {
  BACKGROUND_BIAS_MARGIN,
  transformShape,
  type Transform,
  type TransformStep,
} from '../formats/mapping/transform';
import type { Layout } from './types';
import { permuteValues } from '../formats/numpy/prepareNpyValue';

export { describeTransform, transformShape } from '../formats/mapping/transform';
export type { Transform, TransformStep } from '../formats/mapping/transform';

export const OIHW_TO_HWIO: TransformStep = { op: 'permute', perm: [2, 3, 1, 0], label: 'OIHW→HWIO' };
export const DEPTHWISE_TORCH_TO_TF: TransformStep = {
  op: 'permute',
  perm: [2, 3, 0, 1],
  label: '[C,1,k,k]→[k,k,C,1]',
};
export const LINEAR_TRANSPOSE: TransformStep = { op: 'permute', perm: [1, 0], label: '[out,in]→[in,out]' };

const IMAGENET_CLASSES = 1000;

/** Kernel-like dims: small and square, as in 1x1 … 11x11 convolutions. */
const isKernelPair = (a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && a === b && a >= 1 && a <= 11;

/** TF stores conv kernels [h,w,in,out]; PyTorch [out,in,h,w]. Vote over the 4-D tensors. */
export function detectLayout(shapes: Iterable<readonly number[]>): Layout {
  let tf = 0;
  let torch = 0;
  for (const s of shapes) {
    if (s.length !== 4) continue;
    const head = isKernelPair(s[0], s[1]);
    const tail = isKernelPair(s[2], s[3]);
    if (head && !tail) tf++;
    else if (tail && !head) torch++;
  }
  return torch > tf ? 'torch' : 'tf';
}

/** The permutation a checkpoint of `layout` needs for a graph variable of this kind and rank. */
function layoutStep(layout: Layout, rank: number, graphKind?: string): TransformStep | null {
  if (layout !== 'torch') return null;
  if (rank === 4) return graphKind === 'depthwise_weights' ? DEPTHWISE_TORCH_TO_TF : OIHW_TO_HWIO;
  if (rank === 2) return LINEAR_TRANSPOSE;
  return null;
}

/** The checkpoint shape as it reads in TF's layout (before any class-axis change). */
export function toTfLayout(shape: readonly number[], layout: Layout, graphKind?: string): number[] {
  const lay = layoutStep(layout, shape.length, graphKind);
  return (lay && transformShape(shape, [lay])) || [...shape];
}

const sameShape = (a: readonly number[] | null, b: readonly number[]): boolean =>
  a !== null && a.length === b.length && a.every((d, i) => d === b[i]);

/** A background-class step taking `shape` to `target` (one axis 1000 ↔ 1001), if that is all. */
function classStep(shape: readonly number[], target: readonly number[]): TransformStep | null {
  if (shape.length !== target.length) return null;
  const diff = shape.flatMap((d, i) => (d === target[i] ? [] : [i]));
  if (diff.length !== 1) return null;
  const axis = diff[0] as number;
  if (shape[axis] === IMAGENET_CLASSES && target[axis] === IMAGENET_CLASSES + 1) {
    return { op: 'insert_background_class', axis };
  }
  if (shape[axis] === IMAGENET_CLASSES + 1 && target[axis] === IMAGENET_CLASSES) {
    return { op: 'drop_background_class', axis };
  }
  return null;
}

/**
 * The transform that takes a checkpoint tensor of `shape` to `target`, following the checkpoint's
 * layout convention. `undefined` = no transform makes them agree.
 */
export function inferTransform(
  shape: readonly number[],
  target: readonly number[],
  layout: Layout,
  graphKind?: string,
): Transform | undefined {
  const steps: TransformStep[] = [];
  const lay = layoutStep(layout, shape.length, graphKind);
  if (lay) steps.push(lay);
  const laid = transformShape(shape, steps);
  if (laid === null) return undefined;
  if (sameShape(laid, target)) return steps.length ? steps : null;
  const cls = classStep(laid, target);
  if (!cls) return undefined;
  return [...steps, cls];
}

/** Every transform that makes `shape` fit `target`, the checkpoint's own convention first. */
export function candidateTransforms(
  shape: readonly number[],
  target: readonly number[],
  layout: Layout,
  graphKind?: string,
): Transform[] {
  const out: Transform[] = [];
  const seen = new Set<string>();
  for (const lay of [layout, layout === 'tf' ? 'torch' : 'tf'] as const) {
    const t = inferTransform(shape, target, lay, graphKind);
    const key = JSON.stringify(t);
    if (t !== undefined && !seen.has(key)) {
      seen.add(key);
      out.push(t);
    }
  }
  if (shape.length === 2 && target.length === 2) {
    const t = inferTransform([shape[1] as number, shape[0] as number], target, 'tf');
    if (t !== undefined) {
      const full: Transform = [LINEAR_TRANSPOSE, ...(t ?? [])];
      const key = JSON.stringify(full);
      if (!seen.has(key)) out.push(full);
    }
  }
  return out;
}

/** Inserts (or drops) index 0 along `axis`; a float bias gets min − margin, anything else 0. */
function resizeClassAxis(
  values: TensorValues,
  shape: readonly number[],
  axis: number,
  insert: boolean,
): TensorValues {
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const n = shape[axis] as number;
  const m = insert ? n + 1 : n - 1;
  const out = new (values.constructor as new (k: number) => TensorValues)(outer * m * inner);
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: '',
      problem: 'A 64-bit integer tensor cannot take a background class.',
      hint: 'Map this variable without a transform.',
    });
  }
  const src = values as unknown as ArrayLike<number>;
  const dst = out as unknown as number[];
  let fill = 0;
  if (insert && shape.length === 1 && (values instanceof Float32Array || values instanceof Float64Array)) {
    let min = Infinity;
    for (const v of values) if (v < min) min = v;
    fill = Number.isFinite(min) ? min - BACKGROUND_BIAS_MARGIN : 0;
  }
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < m; j++) {
      const from = insert ? j - 1 : j + 1;
      for (let k = 0; k < inner; k++) {
        dst[(o * m + j) * inner + k] = from < 0 ? fill : (src[(o * n + from) * inner + k] as number);
      }
    }
  }
  return out;
}

/** Applies a pair's transform to a tensor read from the checkpoint (weight loading, export). */
export function applyTransform(t: TensorData, transform: Transform): TensorData {
  if (!transform || transform.length === 0) return t;
  if (Array.isArray(t.values) || t.dtype === 'string') {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: t.name,
      problem: `Cannot transform a ${t.dtype} tensor.`,
      hint: 'Map this variable without a transform.',
    });
  }
  let values: TensorValues = t.values;
  let shape = [...t.shape];
  for (const step of transform) {
    const next = transformShape(shape, [step]);
    if (!next) {
      throw new SlimscopeError({
        code: 'SHAPE_MISMATCH',
        file: t.name,
        problem: `Transform step ${step.op} does not fit shape [${shape.join(',')}].`,
        hint: 'Re-map this variable; the mapping no longer fits the checkpoint.',
      });
    }
    values =
      step.op === 'permute'
        ? permuteValues(values, shape, step.perm)
        : resizeClassAxis(values, shape, step.axis, step.op === 'insert_background_class');
    shape = next;
  }
  return { ...t, shape, values };
}

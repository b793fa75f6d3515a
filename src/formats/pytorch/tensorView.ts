/**
 * Reads a tensor view (offset + shape + strides into a storage) as C-order element bytes. Only the
 * span of the storage the view reaches is read; contiguous views are one slice, others are gathered.
 */
import type { TorchTensor } from './pyValues';

export const elementCount = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** First and one-past-last storage element the view reaches (strides are never negative in torch). */
export function viewSpan(t: TorchTensor): { first: number; end: number } {
  if (elementCount(t.shape) === 0) return { first: t.offset, end: t.offset };
  let last = t.offset;
  for (let i = 0; i < t.shape.length; i++) last += (t.shape[i]! - 1) * t.stride[i]!;
  return { first: t.offset, end: last + 1 };
}

/** True when the view's elements lie in C order one after another. */
export function isContiguous(t: TorchTensor): boolean {
  let expected = 1;
  for (let i = t.shape.length - 1; i >= 0; i--) {
    const d = t.shape[i]!;
    if (d !== 1 && t.stride[i] !== expected) return false;
    expected *= d;
  }
  return true;
}

/**
 * Gathers the view's elements in C order from `span`, the storage bytes starting at element
 * `viewSpan(t).first`. `itemBytes` is the element size.
 */
export function gatherView(t: TorchTensor, span: Uint8Array, itemBytes: number): Uint8Array {
  const n = elementCount(t.shape);
  if (isContiguous(t)) return span.subarray(0, n * itemBytes);
  const out = new Uint8Array(n * itemBytes);
  const dims = t.shape.length;
  const index = new Array<number>(dims).fill(0);
  const inner = dims - 1;
  const innerSize = t.shape[inner]!;
  const innerStride = t.stride[inner]! * itemBytes;
  let base = 0; // element offset of index[0..inner-1] relative to the span start
  for (let o = 0; o < n;) {
    let at = base * itemBytes;
    for (let j = 0; j < innerSize; j++, o++, at += innerStride) {
      out.set(span.subarray(at, at + itemBytes), o * itemBytes);
    }
    // Carry into the outer dimensions.
    for (let k = inner - 1; k >= 0; k--) {
      index[k]!++;
      base += t.stride[k]!;
      if (index[k]! < t.shape[k]!) break;
      base -= index[k]! * t.stride[k]!;
      index[k] = 0;
    }
  }
  return out;
}

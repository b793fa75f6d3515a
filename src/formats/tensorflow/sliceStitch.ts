import { SlimscopeError } from '../../base/errors';
import type { SliceExtent } from './bundleEntry';

/** Resolves "full dimension" extents (length -1) against the full shape and validates bounds. */
export function resolveExtents(
  fullShape: readonly number[],
  extents: readonly SliceExtent[],
  tensor: string,
) {
  if (extents.length !== fullShape.length) throw badSlice(tensor, 'has a different rank than the tensor');
  return extents.map((e, d) => {
    const dim = fullShape[d]!;
    const length = e.length < 0 ? dim : e.length;
    const start = e.length < 0 ? 0 : e.start;
    if (start < 0 || start + length > dim) throw badSlice(tensor, `exceeds dimension ${d} (size ${dim})`);
    return { start, length };
  });
}

function badSlice(tensor: string, what: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file: tensor || '(unnamed tensor)',
    problem: `A slice of this partitioned tensor ${what}.`,
    hint: 'The checkpoint index is inconsistent; re-save or re-copy it.',
  });
}

/**
 * Calls `copy(dst, src, count)` for every contiguous run of elements of a slice laid out row-major
 * in the full tensor: `dst` indexes the full tensor, `src` the slice's own elements.
 */
export function forEachSliceRun(
  fullShape: readonly number[],
  extents: ReadonlyArray<{ start: number; length: number }>,
  copy: (dst: number, src: number, count: number) => void,
): void {
  const rank = fullShape.length;
  if (rank === 0) return copy(0, 0, 1);
  const strides = new Array<number>(rank).fill(1);
  for (let d = rank - 2; d >= 0; d--) strides[d] = strides[d + 1]! * fullShape[d + 1]!;
  const run = extents[rank - 1]!.length;
  const outer = extents.slice(0, rank - 1).reduce((n, e) => n * e.length, 1);
  if (run === 0 || outer === 0) return;
  const idx = new Array<number>(rank - 1).fill(0);
  for (let r = 0; r < outer; r++) {
    let dst = extents[rank - 1]!.start;
    for (let d = 0; d < rank - 1; d++) dst += (extents[d]!.start + idx[d]!) * strides[d]!;
    copy(dst, r * run, run);
    for (let d = rank - 2; d >= 0; d--) {
      if (++idx[d]! < extents[d]!.length) break;
      idx[d] = 0;
    }
  }
}

import type { NumberView } from './numbers';

/** Highest rank whose axis permutations are tried (6! = 720 candidates at most). */
const MAX_RANK = 6;

function allPermutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const rest of allPermutations(n - 1)) {
    for (let i = 0; i <= rest.length; i++) out.push([...rest.slice(0, i), n - 1, ...rest.slice(i)]);
  }
  return out;
}

/**
 * Non-identity axis permutations that take shape `a` to shape `b` (numpy `transpose(perm)`:
 * output axis i is input axis perm[i]).
 */
export function permutationsBetween(a: readonly number[], b: readonly number[]): number[][] {
  if (a.length !== b.length || a.length < 2 || a.length > MAX_RANK) return [];
  return allPermutations(a.length).filter(
    (p) => p.some((x, i) => x !== i) && p.every((x, i) => a[x] === b[i]),
  );
}

/** Whether b, read in order, equals a transposed by `perm` — element for element, exactly. */
export function equalsPermuted(
  a: NumberView,
  shapeA: readonly number[],
  b: NumberView,
  perm: readonly number[],
): boolean {
  const rank = shapeA.length;
  const strideA = new Array<number>(rank).fill(1);
  for (let k = rank - 2; k >= 0; k--) strideA[k] = strideA[k + 1]! * shapeA[k + 1]!;
  const outShape = perm.map((p) => shapeA[p]!);
  const stride = perm.map((p) => strideA[p]!);
  const index = new Array<number>(rank).fill(0);
  let src = 0;
  for (let i = 0; i < b.length; i++) {
    const x = a[src]!;
    const y = b[i]!;
    if (x !== y && (x === x || y === y)) return false;
    for (let k = rank - 1; k >= 0; k--) {
      index[k]!++;
      src += stride[k]!;
      if (index[k]! < outShape[k]!) break;
      src -= index[k]! * stride[k]!;
      index[k] = 0;
    }
  }
  return true;
}

/** The first permutation of a's axes that gives b exactly, or null. */
export function findTranspose(
  a: NumberView,
  shapeA: readonly number[],
  b: NumberView,
  shapeB: readonly number[],
): number[] | null {
  if (a.length !== b.length) return null;
  for (const perm of permutationsBetween(shapeA, shapeB)) {
    if (equalsPermuted(a, shapeA, b, perm)) return perm;
  }
  return null;
}

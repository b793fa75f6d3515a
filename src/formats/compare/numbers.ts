import type { DType, TensorValues } from '../checkpoint';
import { forEachNumber } from '../stats/numbers';

/** Element values readable as JS numbers by index, without a per-element callback. */
export type NumberView = ArrayLike<number>;

/**
 * A chunk as numbers: float32/float64/8–32-bit ints (and bool as 0/1) are used as stored; float16,
 * bfloat16 and 64-bit ints are decoded into a Float64Array of the chunk's length. Complex tensors
 * are compared component by component (re, im interleaved).
 */
export function asNumbers(dtype: DType, values: TensorValues): NumberView {
  if (Array.isArray(values)) throw new Error('String tensors are not numbers.');
  if (dtype === 'complex64' || dtype === 'complex128') return values as Float32Array | Float64Array;
  if (
    dtype === 'float16' ||
    dtype === 'bfloat16' ||
    values instanceof BigInt64Array ||
    values instanceof BigUint64Array
  ) {
    const out = new Float64Array(values.length);
    let i = 0;
    forEachNumber(dtype, values, (x) => {
      out[i++] = x;
    });
    return out;
  }
  return values as Float32Array;
}

/** Elements per stored value (complex values count twice: real and imaginary parts). */
export const componentsPerValue = (dtype: DType): number =>
  dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;

/** Machine epsilon of a dtype's significand (0 for integers: they compare exactly). */
export function dtypeEpsilon(dtype: DType): number {
  switch (dtype) {
    case 'float16':
      return 2 ** -10;
    case 'bfloat16':
      return 2 ** -7;
    case 'float32':
    case 'complex64':
      return 2 ** -23;
    case 'float64':
    case 'complex128':
      return 2 ** -52;
    default:
      return 0;
  }
}

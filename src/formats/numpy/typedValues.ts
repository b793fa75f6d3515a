/**
 * Raw little-endian element bytes ⇄ the typed arrays of TensorData, shared by the NumPy,
 * safetensors, HDF5 and export code. float16/bfloat16 stay raw uint16 bits; complex is interleaved.
 */
import { SlimscopeError } from '../../base/errors';
import type { DType, TensorValues } from '../checkpoint';

type NumericValues = Exclude<TensorValues, Uint8Array[]>;

/** Wraps `bytes` (little-endian, copied so it is aligned) as the typed array of `dtype`. */
export function valuesFromBytes(dtype: DType, bytes: Uint8Array, file: string): NumericValues {
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset, byteLength } = aligned;
  switch (dtype) {
    case 'float32':
    case 'complex64':
      return new Float32Array(buffer, byteOffset, byteLength / 4);
    case 'float64':
    case 'complex128':
      return new Float64Array(buffer, byteOffset, byteLength / 8);
    case 'float16':
    case 'bfloat16':
    case 'uint16':
      return new Uint16Array(buffer, byteOffset, byteLength / 2);
    case 'int8':
      return new Int8Array(buffer, byteOffset, byteLength);
    case 'int16':
      return new Int16Array(buffer, byteOffset, byteLength / 2);
    case 'int32':
      return new Int32Array(buffer, byteOffset, byteLength / 4);
    case 'int64':
      return new BigInt64Array(buffer, byteOffset, byteLength / 8);
    case 'uint8':
    case 'bool':
      return new Uint8Array(buffer, byteOffset, byteLength);
    case 'uint32':
      return new Uint32Array(buffer, byteOffset, byteLength / 4);
    case 'uint64':
      return new BigUint64Array(buffer, byteOffset, byteLength / 8);
    default:
      throw new SlimscopeError({
        code: 'UNSUPPORTED',
        file,
        problem: `Tensors of dtype ${dtype} have no fixed-size byte layout.`,
        hint: 'Only numeric, bool and string tensors can be read or written.',
      });
  }
}

/** The little-endian bytes behind a numeric typed array (a view, not a copy). */
export function bytesOfValues(values: NumericValues): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/** Reverses the byte order of every `unit`-byte group, in place. */
export function swapBytesInPlace(bytes: Uint8Array, unit: number): void {
  if (unit <= 1) return;
  for (let i = 0; i + unit <= bytes.length; i += unit) {
    for (let a = i, b = i + unit - 1; a < b; a++, b--) {
      const t = bytes[a] as number;
      bytes[a] = bytes[b] as number;
      bytes[b] = t;
    }
  }
}

/** Number of values a typed array must hold for `count` elements of `dtype`. */
export function valuesPerElement(dtype: DType): number {
  return dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
}

/** bfloat16 bits → float32 (exact: bfloat16 is the top half of a float32). */
export function bfloat16ToFloat32(bits: Uint16Array): Float32Array {
  const out = new Uint32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = (bits[i] as number) << 16;
  return new Float32Array(out.buffer);
}

/**
 * Re-orders `itemSize`-byte items between Fortran (column-major) and C (row-major) layout.
 * `toC` = true reads Fortran order and writes C order.
 */
export function reorderItems(src: Uint8Array, shape: number[], itemSize: number, toC: boolean): Uint8Array {
  const count = shape.reduce((a, b) => a * b, 1);
  if (shape.length < 2 || count === 0) return src;
  const dst = new Uint8Array(src.length);
  const ndim = shape.length;
  const fStride: number[] = [];
  for (let k = 0, s = 1; k < ndim; k++) {
    fStride.push(s);
    s *= shape[k] as number;
  }
  const index = new Array<number>(ndim).fill(0);
  let f = 0;
  for (let c = 0; c < count; c++) {
    const from = (toC ? f : c) * itemSize;
    const to = (toC ? c : f) * itemSize;
    dst.set(src.subarray(from, from + itemSize), to);
    for (let k = ndim - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      f += fStride[k] as number;
      if ((index[k] as number) < (shape[k] as number)) break;
      f -= (index[k] as number) * (fStride[k] as number);
      index[k] = 0;
    }
  }
  return dst;
}

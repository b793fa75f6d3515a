import type { DType, TensorValues } from '../checkpoint';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function bfloat16ToNumber(bits: number): number {
  u32[0] = bits << 16;
  return f32[0]!;
}

export function float16ToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/**
 * Visits every element of a chunk as a JS number: float16/bfloat16 decoded from their bits,
 * int64/uint64 converted (exact below 2^53), bool as 0/1, complex as its magnitude.
 */
export function forEachNumber(dtype: DType, values: TensorValues, visit: (x: number) => void): void {
  if (Array.isArray(values)) throw new Error('String tensors have no numeric statistics.');
  if (dtype === 'float16') for (const b of values as Uint16Array) visit(float16ToNumber(b));
  else if (dtype === 'bfloat16') for (const b of values as Uint16Array) visit(bfloat16ToNumber(b));
  else if (dtype === 'complex64' || dtype === 'complex128') {
    const v = values as Float32Array | Float64Array;
    for (let i = 0; i + 1 < v.length; i += 2) visit(Math.hypot(v[i]!, v[i + 1]!));
  } else if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
    for (const b of values) visit(Number(b));
  } else {
    const v = values as Float32Array;
    for (let i = 0; i < v.length; i++) visit(v[i]!);
  }
}

import type { TensorData } from '../../formats/checkpoint';

/** IEEE half-precision bits → float32. */
function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

/** The tensor's values as float32, or null when its dtype is not floating point. */
export function toFloat32(t: TensorData): Float32Array | null {
  const v = t.values;
  switch (t.dtype) {
    case 'float32':
      return v instanceof Float32Array ? v : null;
    case 'float64':
      return v instanceof Float64Array ? Float32Array.from(v) : null;
    case 'float16':
      return v instanceof Uint16Array ? Float32Array.from(v, halfToFloat) : null;
    case 'bfloat16': {
      if (!(v instanceof Uint16Array)) return null;
      const bits = new Uint32Array(v.length);
      for (let i = 0; i < v.length; i++) bits[i] = (v[i] ?? 0) << 16;
      return new Float32Array(bits.buffer);
    }
    default:
      return null;
  }
}

/**
 * Applies what `checkNpyForVariable` accepted: the chosen axis order, then the safe cast, giving the
 * tensor the graph variable receives.
 */
import { SlimscopeError } from '../../base/errors';
import type { DType, TensorData, TensorValues } from '../checkpoint';
import type { NpyCheck, VariableTarget } from './checkNpyForVariable';
import { bfloat16ToFloat32 } from './typedValues';

type Numeric = Exclude<TensorValues, Uint8Array[]>;

/** numpy `transpose(perm)` on C-ordered values. */
export function permuteValues<T extends TensorValues>(
  values: T,
  shape: readonly number[],
  perm: readonly number[],
): T {
  const n = shape.length;
  const outShape = perm.map((p) => shape[p] as number);
  const inStride = new Array<number>(n).fill(1);
  for (let k = n - 2; k >= 0; k--) inStride[k] = (inStride[k + 1] as number) * (shape[k + 1] as number);
  const stride = perm.map((p) => inStride[p] as number);
  const out = (
    Array.isArray(values)
      ? new Array(values.length)
      : new (values.constructor as new (n: number) => Numeric)(values.length)
  ) as T;
  const index = new Array<number>(n).fill(0);
  let src = 0;
  for (let i = 0; i < values.length; i++) {
    (out as unknown as unknown[])[i] = (values as unknown as unknown[])[src];
    for (let k = n - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      src += stride[k] as number;
      if ((index[k] as number) < (outShape[k] as number)) break;
      src -= (index[k] as number) * (stride[k] as number);
      index[k] = 0;
    }
  }
  return out;
}

/** IEEE half-precision bits → float32 (exact). */
export function float16ToFloat32(bits: Uint16Array): Float32Array {
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) {
    const h = bits[i] as number;
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    out[i] =
      exp === 0
        ? sign * frac * 2 ** -24
        : exp === 31
          ? frac
            ? NaN
            : sign * Infinity
          : sign * (1 + frac / 1024) * 2 ** (exp - 15);
  }
  return out;
}

function toFloat(values: Numeric, from: DType): Float64Array | Float32Array {
  if (from === 'float16') return float16ToFloat32(values as Uint16Array);
  if (from === 'bfloat16') return bfloat16ToFloat32(values as Uint16Array);
  return Float64Array.from(values as ArrayLike<number>);
}

function castValues(values: Numeric, from: DType, to: DType): Numeric {
  switch (to) {
    case 'float32':
      return Float32Array.from(toFloat(values, from));
    case 'float64':
      return Float64Array.from(toFloat(values, from));
    case 'int64':
      return BigInt64Array.from(values as ArrayLike<number>, (v) => BigInt(v));
    case 'uint64':
      return BigUint64Array.from(values as ArrayLike<number>, (v) => BigInt(v));
    case 'int32':
      return typeof values[0] === 'bigint'
        ? Int32Array.from(values as ArrayLike<bigint>, (v) => Number(v))
        : Int32Array.from(values as ArrayLike<number>);
    case 'uint32':
      return Uint32Array.from(values as ArrayLike<number>);
    case 'int16':
      return Int16Array.from(values as ArrayLike<number>);
    default:
      throw new SlimscopeError({
        code: 'DTYPE_MISMATCH',
        file: '',
        problem: `No cast from ${from} to ${to}.`,
        hint: '',
      });
  }
}

/** The value to assign: `layout` indexes `check.layouts` (0 = the suggested one) when shapes differ. */
export function prepareNpyValue(
  array: TensorData,
  target: VariableTarget,
  check: NpyCheck,
  layout = 0,
): TensorData {
  if (!check.ok) {
    throw new SlimscopeError({
      code: check.code,
      file: target.name,
      problem: check.reason,
      hint: 'Choose another array.',
    });
  }
  let values = array.values;
  const chosen = check.layouts[layout];
  if (check.layouts.length > 0) {
    if (!chosen)
      throw new SlimscopeError({
        code: 'SHAPE_MISMATCH',
        file: target.name,
        problem: 'No such layout.',
        hint: '',
      });
    values = permuteValues(values, array.shape, chosen.perm);
  }
  if (check.cast) values = castValues(values as Numeric, check.cast.from, check.cast.to);
  return { name: target.name, dtype: target.dtype, shape: [...target.shape], values };
}

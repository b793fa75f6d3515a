/**
 * May this .npy array become the value of that graph variable? Pure: shapes must match, or a
 * transposed layout is offered when one fits; dtypes are cast only where no value can change
 * (float64 → float32 is allowed with a notice, as `tf.assign` would do, unless a value overflows).
 * Anything lossy is refused with the reason.
 */
import type { DType, TensorValues } from '../checkpoint';

export interface VariableTarget {
  name: string;
  dtype: DType;
  shape: readonly number[];
}

export interface ArrayInfo {
  dtype: DType;
  shape: readonly number[];
  /** When given, narrowing casts are checked value by value. */
  values?: TensorValues;
}

export interface LayoutOption {
  /** numpy `transpose(perm)` of the array gives the variable's shape. */
  perm: number[];
  label: string;
}

export type NpyCheck =
  | {
      ok: true;
      /** Empty when the shapes already match; otherwise the layouts that fit, most likely first. */
      layouts: LayoutOption[];
      cast?: { from: DType; to: DType };
      notices: string[];
    }
  | { ok: false; code: 'SHAPE_MISMATCH' | 'DTYPE_MISMATCH'; reason: string };

const fmt = (s: readonly number[]): string => `(${s.join(', ')})`;

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

const NAMED_LAYOUTS: Array<{ perm: number[]; label: string }> = [
  { perm: [1, 0], label: 'transposed (numpy .T)' },
  { perm: [2, 3, 1, 0], label: 'PyTorch OIHW → TF HWIO' },
  { perm: [3, 2, 1, 0], label: 'all axes reversed (numpy .T)' },
  { perm: [2, 3, 0, 1], label: 'OIHW → HWOI (depthwise)' },
];

/** Every axis order of `from` that yields `to`, known layouts first; none for rank > 5. */
export function fittingLayouts(from: readonly number[], to: readonly number[]): LayoutOption[] {
  if (from.length !== to.length || from.length > 5) return [];
  const fits = permutations(from.length).filter(
    (p) => p.some((v, i) => v !== i) && p.every((a, i) => from[a] === to[i]),
  );
  const key = (p: number[]): string => p.join(',');
  const named = NAMED_LAYOUTS.filter((n) => fits.some((p) => key(p) === key(n.perm)));
  const rest = fits.filter((p) => !named.some((n) => key(n.perm) === key(p)));
  return [...named, ...rest.map((perm) => ({ perm, label: `transpose(${perm.join(', ')})` }))];
}

/** Widening casts that keep every value exactly. */
const EXACT: Record<string, DType[]> = {
  float32: ['float16', 'bfloat16', 'int8', 'uint8', 'int16', 'uint16', 'bool'],
  float64: ['float32', 'float16', 'bfloat16', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'bool'],
  int64: ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'bool'],
  int32: ['int8', 'uint8', 'int16', 'uint16', 'bool'],
  int16: ['int8', 'uint8', 'bool'],
  uint64: ['uint8', 'uint16', 'uint32', 'bool'],
  uint32: ['uint8', 'uint16', 'bool'],
};

const FLOAT32_MAX = 3.4028234663852886e38;

function castProblem(from: DType, to: DType, values: TensorValues | undefined): string | undefined {
  if (from === 'float64' && to === 'float32') {
    if (!values) return undefined;
    const v = values as Float64Array;
    for (let i = 0; i < v.length; i++) {
      const x = v[i] as number;
      if (Number.isFinite(x) && Math.abs(x) > FLOAT32_MAX)
        return `value ${x} at index ${i} overflows float32`;
    }
    return undefined;
  }
  if ((from === 'int64' || from === 'uint64') && to === 'int32') {
    if (!values) return 'int64 values may not fit in int32 (the values were not checked)';
    const v = values as BigInt64Array | BigUint64Array;
    for (let i = 0; i < v.length; i++) {
      const x = v[i] as bigint;
      if (x < -(2n ** 31n) || x >= 2n ** 31n) return `value ${x} at index ${i} does not fit in int32`;
    }
    return undefined;
  }
  return `${from} → ${to} could change values`;
}

function checkDtype(
  array: ArrayInfo,
  target: VariableTarget,
): NpyCheck | { from: DType; to: DType; notice?: string } | null {
  const { dtype: from } = array;
  const to = target.dtype;
  if (from === to) return null;
  if (EXACT[to]?.includes(from)) return { from, to };
  const narrowing =
    (from === 'float64' && to === 'float32') || ((from === 'int64' || from === 'uint64') && to === 'int32');
  const problem = narrowing ? castProblem(from, to, array.values) : `${from} → ${to} could change values`;
  if (problem) {
    return {
      ok: false,
      code: 'DTYPE_MISMATCH',
      reason: `The array is ${from} but ${target.name} is ${to}: ${problem}. Convert it in NumPy (arr.astype("${to}")) if that is really intended.`,
    };
  }
  const notice =
    from === 'float64'
      ? `The array is float64; it will be stored as float32 (rounded to about 7 significant digits), as tf.assign would.`
      : `The array is ${from}; every value fits in ${to}, so it will be stored as ${to}.`;
  return { from, to, notice };
}

export function checkNpyForVariable(array: ArrayInfo, target: VariableTarget): NpyCheck {
  const sameShape =
    array.shape.length === target.shape.length && array.shape.every((d, i) => d === target.shape[i]);
  const layouts = sameShape ? [] : fittingLayouts(array.shape, target.shape);
  if (!sameShape && layouts.length === 0) {
    const count = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);
    const hint =
      count(array.shape) === count(target.shape)
        ? ' The element counts agree, but no axis order fits: reshape it in NumPy if the layout is known.'
        : '';
    return {
      ok: false,
      code: 'SHAPE_MISMATCH',
      reason: `The array has shape ${fmt(array.shape)} but ${target.name} needs ${fmt(target.shape)}.${hint}`,
    };
  }
  const dtype = checkDtype(array, target);
  if (dtype && 'ok' in dtype) return dtype;
  const notices: string[] = [];
  if (layouts.length > 0)
    notices.push(`The shapes differ only in axis order; suggested layout: ${layouts[0]?.label}.`);
  if (dtype?.notice) notices.push(dtype.notice);
  return { ok: true, layouts, ...(dtype ? { cast: { from: dtype.from, to: dtype.to } } : {}), notices };
}

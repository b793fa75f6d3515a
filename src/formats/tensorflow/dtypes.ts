import type { DType } from '../checkpoint';

/** TF DataType enum values (tensorflow/core/framework/types.proto) → numpy-style names. */
const BY_ENUM: Record<number, DType> = {
  1: 'float32',
  2: 'float64',
  3: 'int32',
  4: 'uint8',
  5: 'int16',
  6: 'int8',
  7: 'string',
  8: 'complex64',
  9: 'int64',
  10: 'bool',
  14: 'bfloat16',
  17: 'uint16',
  18: 'complex128',
  19: 'float16',
  20: 'resource',
  21: 'variant',
  22: 'uint32',
  23: 'uint64',
};

const ENUM_BY_DTYPE = Object.fromEntries(Object.entries(BY_ENUM).map(([k, v]) => [v, Number(k)])) as Record<
  DType,
  number
>;

/** Bytes per element; 0 for variable-size types (string, resource, variant). */
const ELEMENT_SIZE: Record<DType, number> = {
  float16: 2,
  bfloat16: 2,
  float32: 4,
  float64: 8,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  bool: 1,
  complex64: 8,
  complex128: 16,
  string: 0,
  resource: 0,
  variant: 0,
};

/** Graph-side reference types (DT_FLOAT_REF = 101 …) count as their value type. */
export function dtypeFromEnum(value: number): DType | undefined {
  return BY_ENUM[value > 100 ? value - 100 : value];
}

export function dtypeToEnum(dtype: DType): number {
  return ENUM_BY_DTYPE[dtype];
}

export function elementSize(dtype: DType): number {
  return ELEMENT_SIZE[dtype];
}

/** Bytes of one scalar component that must be swapped for endianness (complex swaps each half). */
export function swapUnit(dtype: DType): number {
  if (dtype === 'complex64') return 4;
  if (dtype === 'complex128') return 8;
  return ELEMENT_SIZE[dtype];
}

export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

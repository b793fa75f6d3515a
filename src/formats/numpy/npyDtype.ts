import { SlimscopeError } from '../../base/errors';
import type { DType } from '../checkpoint';

/** How one element of an .npy file is stored, decoded from the header's `descr`. */
export interface NpyElementType {
  dtype: DType;
  /** Bytes per element. */
  itemSize: number;
  /** Bytes per byte-swapped unit (a complex element swaps its two halves separately). */
  swapUnit: number;
  littleEndian: boolean;
  /** `bytes` = `|S<n>` NUL-padded; `unicode` = `<U<n>` UCS-4 code points; `plain` = numbers/bool. */
  layout: 'plain' | 'bytes' | 'unicode';
}

const PLAIN: Record<string, DType> = {
  f2: 'float16',
  f4: 'float32',
  f8: 'float64',
  i1: 'int8',
  i2: 'int16',
  i4: 'int32',
  i8: 'int64',
  u1: 'uint8',
  u2: 'uint16',
  u4: 'uint32',
  u8: 'uint64',
  b1: 'bool',
  c8: 'complex64',
  c16: 'complex128',
};

const DESCR_OF: Partial<Record<DType, string>> = Object.fromEntries(
  Object.entries(PLAIN).map(([code, dtype]) => [dtype, code]),
);

export function bytesPerElement(dtype: DType): number {
  const code = DESCR_OF[dtype];
  return code ? Number(code.slice(1)) : 0;
}

function badDescr(file: string, problem: string, hint: string): SlimscopeError {
  return new SlimscopeError({ code: 'BAD_NUMPY', file, problem, hint });
}

/** Parses a `descr` such as `<f4`, `>i8`, `|b1`, `|S12`, `<U5`. */
export function parseDescr(descr: unknown, file: string): NpyElementType {
  if (typeof descr !== 'string') {
    throw badDescr(
      file,
      'The array has a structured (record) dtype, which Slimscope cannot use as a weight.',
      'Save each field as its own array (np.save / np.savez).',
    );
  }
  const m = /^([<>|=])?([A-Za-z])(\d*)$/.exec(descr);
  const kind = m?.[2] ?? '';
  if (kind === 'O') {
    throw badDescr(
      file,
      'The array holds Python objects (dtype object), which cannot be read without running Python code.',
      'Save numbers with a numeric dtype, and strings as fixed-width bytes (arr.astype("S")).',
    );
  }
  if (!m)
    throw badDescr(file, `The header's dtype '${descr}' is not a NumPy dtype.`, 'Re-save with np.save.');
  const order = m[1] ?? '=';
  const size = Number(m[3] || '0');
  const littleEndian = order !== '>';
  if (kind === 'S' || kind === 'a') {
    return { dtype: 'string', itemSize: size, swapUnit: 1, littleEndian, layout: 'bytes' };
  }
  if (kind === 'U') {
    return { dtype: 'string', itemSize: size * 4, swapUnit: 4, littleEndian, layout: 'unicode' };
  }
  const dtype = PLAIN[`${kind}${size}`];
  if (!dtype) {
    throw badDescr(
      file,
      `The dtype '${descr}' is not supported (only numbers, bool and fixed-width strings are).`,
      kind === 'V' && size === 2
        ? 'A 2-byte void array is often an ml_dtypes bfloat16: convert it to float32 before saving.'
        : 'Convert the array to a numeric dtype before saving.',
    );
  }
  const swapUnit = dtype.startsWith('complex') ? size / 2 : size;
  return { dtype, itemSize: size, swapUnit, littleEndian, layout: 'plain' };
}

/** The `descr` written for a plain (non-string) dtype; undefined for string/bfloat16/resource/variant. */
export function descrFor(dtype: DType, bigEndian: boolean): string | undefined {
  const code = DESCR_OF[dtype];
  if (!code) return undefined;
  const single = code.endsWith('1') && code.length === 2;
  return `${single ? '|' : bigEndian ? '>' : '<'}${code}`;
}

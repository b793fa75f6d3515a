/**
 * NumPy `.npy` read and write (format versions 1.0/2.0/3.0, either byte order, C or Fortran order).
 *
 * Layout choices for dtypes NumPy has no native form of (documented in ARCHITECTURE/README):
 * - strings are written as fixed-width NUL-padded bytes `|S<n>` (n = longest string, at least 1):
 *   no Python objects. As in NumPy, trailing NUL bytes of a string do not survive a round trip.
 *   Reading accepts `|S<n>` and `<U<n>`/`>U<n>` (UCS-4, converted to UTF-8 bytes).
 * - bfloat16 is written as float32 (exact, every NumPy reads it) unless `bfloat16: 'uint16'` asks
 *   for the raw bits as `<u2`.
 */
import { SlimscopeError } from '../../base/errors';
import type { DType, TensorData, TensorValues } from '../checkpoint';
import { descrFor } from './npyDtype';
import { checkDataLength, formatNpyHeader, parseNpyHeader, type NpyHeader } from './npyHeader';
import {
  bfloat16ToFloat32,
  bytesOfValues,
  reorderItems,
  swapBytesInPlace,
  valuesFromBytes,
  valuesPerElement,
} from './typedValues';

export interface EncodeNpyOptions {
  /** Format version; default 1.0 (2.0 when the header does not fit 1.0). */
  version?: 1 | 2 | 3;
  bigEndian?: boolean;
  fortranOrder?: boolean;
  /** bfloat16 has no NumPy dtype: write exact float32 values (default) or the raw bits as `<u2`. */
  bfloat16?: 'float32' | 'uint16';
}

/** The array name a file stands for: its base name without `.npy`. */
export function npyArrayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.npy$/i, '');
}

/** Decodes a whole .npy file held in memory. */
export function decodeNpy(bytes: Uint8Array, fileName: string): TensorData {
  const header = parseNpyHeader(bytes, fileName);
  checkDataLength(header, bytes.length - header.dataOffset, fileName);
  const data = bytes.subarray(header.dataOffset, header.dataOffset + header.dataLength);
  return { name: npyArrayName(fileName), ...decodeNpyData(header, data, fileName) };
}

/** Turns the data bytes an .npy header describes into C-ordered TensorData values. */
export function decodeNpyData(
  header: NpyHeader,
  data: Uint8Array,
  file: string,
): { dtype: DType; shape: number[]; values: TensorValues } {
  const { element, shape } = header;
  let raw: Uint8Array = data.slice(0, header.dataLength);
  if (!element.littleEndian) swapBytesInPlace(raw, element.swapUnit);
  if (header.fortranOrder) raw = reorderItems(raw, shape, element.itemSize, true);
  if (element.layout === 'plain')
    return { dtype: element.dtype, shape, values: valuesFromBytes(element.dtype, raw, file) };
  const strings: Uint8Array[] = [];
  for (let i = 0; i < header.count; i++) {
    const item = raw.subarray(i * element.itemSize, (i + 1) * element.itemSize);
    strings.push(element.layout === 'bytes' ? stripTrailingNuls(item) : ucs4ToUtf8(item));
  }
  return { dtype: 'string', shape, values: strings };
}

function stripTrailingNuls(item: Uint8Array): Uint8Array {
  let end = item.length;
  while (end > 0 && item[end - 1] === 0) end--;
  return item.slice(0, end);
}

function ucs4ToUtf8(item: Uint8Array): Uint8Array {
  const view = new DataView(item.buffer, item.byteOffset, item.byteLength);
  let text = '';
  for (let i = 0; i + 4 <= item.length; i += 4) {
    const cp = view.getUint32(i, true);
    if (cp === 0) break;
    text += String.fromCodePoint(Math.min(cp, 0x10ffff));
  }
  return new TextEncoder().encode(text);
}

function elementCount(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function wrongLength(t: TensorData, expected: number): SlimscopeError {
  return new SlimscopeError({
    code: 'SHAPE_MISMATCH',
    file: t.name,
    problem: `The tensor has ${t.values.length} values but its shape (${t.shape.join(', ')}) needs ${expected}.`,
    hint: 'This is a bug in whatever produced the tensor; please report it.',
  });
}

/** Encodes a tensor as an .npy file. */
export function encodeNpy(t: TensorData, options: EncodeNpyOptions = {}): Uint8Array {
  const count = elementCount(t.shape);
  const { descr, itemSize, swapUnit, body } = encodeBody(t, count, options);
  let data = body;
  if (options.fortranOrder) data = reorderItems(data, t.shape, itemSize, false);
  if (options.bigEndian && swapUnit > 1) {
    if (data === body) data = data.slice();
    swapBytesInPlace(data, swapUnit);
  }
  const header = formatNpyHeader(descr, options.fortranOrder ?? false, t.shape, options.version);
  const out = new Uint8Array(header.length + data.length);
  out.set(header, 0);
  out.set(data, header.length);
  return out;
}

interface EncodedBody {
  descr: string;
  itemSize: number;
  swapUnit: number;
  /** Little-endian, C order; may be a view of the tensor's own memory (never written to). */
  body: Uint8Array;
}

function encodeBody(t: TensorData, count: number, options: EncodeNpyOptions): EncodedBody {
  const big = options.bigEndian ?? false;
  if (t.dtype === 'string') return encodeStrings(t, count);
  if (Array.isArray(t.values)) throw wrongLength(t, count);
  const values = t.values as Exclude<TensorValues, Uint8Array[]>;
  if (values.length !== count * valuesPerElement(t.dtype))
    throw wrongLength(t, count * valuesPerElement(t.dtype));
  if (t.dtype === 'bfloat16') {
    if (options.bfloat16 === 'uint16')
      return { descr: big ? '>u2' : '<u2', itemSize: 2, swapUnit: 2, body: bytesOfValues(values) };
    const f32 = bfloat16ToFloat32(values as Uint16Array);
    return { descr: big ? '>f4' : '<f4', itemSize: 4, swapUnit: 4, body: bytesOfValues(f32) };
  }
  const descr = descrFor(t.dtype, big);
  if (!descr) {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: t.name,
      problem: `A ${t.dtype} tensor cannot be saved as NumPy.`,
      hint: 'Only numeric, bool and string tensors can be exported.',
    });
  }
  const itemSize = values.BYTES_PER_ELEMENT * valuesPerElement(t.dtype);
  return { descr, itemSize, swapUnit: values.BYTES_PER_ELEMENT, body: bytesOfValues(values) };
}

function encodeStrings(t: TensorData, count: number): EncodedBody {
  const strings = t.values as Uint8Array[];
  if (!Array.isArray(strings) || strings.length !== count) throw wrongLength(t, count);
  const width = Math.max(1, ...strings.map((s) => s.length));
  const body = new Uint8Array(width * count);
  strings.forEach((s, i) => body.set(s, i * width));
  return { descr: `|S${width}`, itemSize: width, swapUnit: 1, body };
}

/**
 * The .npy header: magic `\x93NUMPY`, version (1.0: 2-byte length, latin-1; 2.0: 4-byte length;
 * 3.0: 4-byte length, UTF-8), then a Python dict literal padded with spaces and ended by '\n'.
 * Spec: numpy/lib/format.py (NEP 1).
 */
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { parseDescr, type NpyElementType } from './npyDtype';
import { parsePyLiteral, PyLiteralError, type PyDict } from './pyLiteral';

export const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** Headers longer than this are refused before being read (numpy itself caps them at 10,000). */
const MAX_HEADER_BYTES = 1 << 20;

export interface NpyHeader {
  version: [number, number];
  element: NpyElementType;
  fortranOrder: boolean;
  shape: number[];
  /** Elements in the array (product of the shape). */
  count: number;
  /** Where the array data begins. */
  dataOffset: number;
  /** Bytes of array data the header promises. */
  dataLength: number;
}

function bad(file: string, problem: string, hint = 'Re-save the array with np.save.'): SlimscopeError {
  return new SlimscopeError({ code: 'BAD_NUMPY', file, problem, hint });
}

/** Reads magic, version and header length from the first 12 (or 10) bytes. */
export function parsePreamble(
  head: Uint8Array,
  file: string,
): { version: [number, number]; headerEnd: number } {
  if (head.length < 10 || NPY_MAGIC.some((b, i) => head[i] !== b)) {
    throw bad(
      file,
      'This is not a NumPy .npy file (the magic bytes \\x93NUMPY are missing).',
      'Choose an .npy file.',
    );
  }
  const major = head[6] ?? 0;
  const minor = head[7] ?? 0;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (major === 1) return { version: [major, minor], headerEnd: 10 + view.getUint16(8, true) };
  if (major !== 2 && major !== 3) {
    throw bad(file, `NumPy format version ${major}.${minor} is unknown (1.0, 2.0 and 3.0 are).`);
  }
  if (head.length < 12) throw bad(file, 'The file ends inside the .npy header.');
  return { version: [major, minor], headerEnd: 12 + view.getUint32(8, true) };
}

function shapeOf(value: unknown, file: string): number[] {
  if (!Array.isArray(value) || !value.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
    const shown = value === undefined ? '(missing)' : JSON.stringify(value);
    throw bad(file, `The header's shape ${shown} is not a tuple of non-negative integers.`);
  }
  return value as number[];
}

/** Parses the dict text of a header whose bytes are `bytes[headerStart, headerEnd)`. */
export function parseHeaderDict(
  text: string,
  version: [number, number],
  headerEnd: number,
  file: string,
): NpyHeader {
  let dict: PyDict;
  try {
    const parsed = parsePyLiteral(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new PyLiteralError('not a dict');
    dict = parsed;
  } catch (e) {
    throw bad(file, `The .npy header is not a valid dict literal (${(e as Error).message}).`);
  }
  const element = parseDescr(dict.descr, file);
  if (typeof dict.fortran_order !== 'boolean') throw bad(file, "The header's fortran_order is missing.");
  const shape = shapeOf(dict.shape, file);
  const count = shape.reduce((a, b) => a * b, 1);
  const dataLength = count * element.itemSize;
  if (!Number.isSafeInteger(dataLength))
    throw bad(file, `The header's shape (${shape.join(', ')}) is absurdly large.`);
  if (element.itemSize === 0 && count > 0)
    throw bad(file, `The dtype '${String(dict.descr)}' has zero width.`);
  return {
    version,
    element,
    fortranOrder: dict.fortran_order,
    shape,
    count,
    dataOffset: headerEnd,
    dataLength,
  };
}

function decodeHeaderText(bytes: Uint8Array, major: number): string {
  return major >= 3 ? new TextDecoder('utf-8').decode(bytes) : String.fromCharCode(...bytes);
}

/** Parses the header of a whole .npy file held in memory. */
export function parseNpyHeader(bytes: Uint8Array, file: string): NpyHeader {
  const { version, headerEnd } = parsePreamble(bytes.subarray(0, 12), file);
  if (headerEnd > bytes.length) throw bad(file, 'The file ends inside the .npy header (it is truncated).');
  const start = version[0] === 1 ? 10 : 12;
  return parseHeaderDict(
    decodeHeaderText(bytes.subarray(start, headerEnd), version[0]),
    version,
    headerEnd,
    file,
  );
}

/** Reads just the header of an .npy file through a ByteSource (the data stays on disk). */
export async function readNpyHeader(source: ByteSource, base = 0, size = source.size): Promise<NpyHeader> {
  const file = source.name;
  const head = await source.read(base, Math.min(12, size));
  const { version, headerEnd } = parsePreamble(head, file);
  if (headerEnd > size) throw bad(file, 'The file ends inside the .npy header (it is truncated).');
  if (headerEnd > MAX_HEADER_BYTES)
    throw bad(file, `The .npy header claims ${headerEnd} bytes, far more than any real one.`);
  const start = version[0] === 1 ? 10 : 12;
  const text = decodeHeaderText(await source.read(base + start, headerEnd - start), version[0]);
  return parseHeaderDict(text, version, headerEnd, file);
}

/** Checks the data length promised by the header against what the file really holds. */
export function checkDataLength(header: NpyHeader, available: number, file: string): void {
  if (available < header.dataLength) {
    throw bad(
      file,
      `The array data is truncated: shape (${header.shape.join(', ')}) needs ${header.dataLength} bytes but only ${available} follow the header.`,
      'The file was cut short; copy or save it again.',
    );
  }
  if (available > header.dataLength) {
    throw bad(
      file,
      `The header does not match the data: shape (${header.shape.join(', ')}) needs ${header.dataLength} bytes but ${available} follow the header.`,
      'The header lies about the shape or dtype; re-save the array with np.save.',
    );
  }
}

/**
 * Formats a header the way numpy does: the dict, spaces, '\n', total length a multiple of 64.
 * Version 1.0 unless the header does not fit in 65535 bytes (then 2.0); 3.0 only when asked.
 */
export function formatNpyHeader(
  descr: string,
  fortranOrder: boolean,
  shape: number[],
  version?: 1 | 2 | 3,
): Uint8Array {
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const dict = `{'descr': '${descr}', 'fortran_order': ${fortranOrder ? 'True' : 'False'}, 'shape': ${tuple}, }`;
  const dictBytes = new TextEncoder().encode(dict);
  const totalV1 = Math.ceil((10 + dictBytes.length + 1) / 64) * 64;
  const major = version ?? (totalV1 - 10 <= 0xffff ? 1 : 2);
  const pre = major === 1 ? 10 : 12;
  const total = Math.ceil((pre + dictBytes.length + 1) / 64) * 64;
  const out = new Uint8Array(total).fill(0x20);
  out.set(NPY_MAGIC, 0);
  out[6] = major;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (major === 1) view.setUint16(8, total - pre, true);
  else view.setUint32(8, total - pre, true);
  out.set(dictBytes, pre);
  out[total - 1] = 0x0a;
  return out;
}

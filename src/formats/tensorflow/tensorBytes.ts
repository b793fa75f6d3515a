import { SlimscopeError } from '../../base/errors';
import { crc32cExtend, maskCrc } from '../bytes/crc32c';
import { ByteCursor } from '../bytes/varint';
import type { DType, TensorValues } from '../checkpoint';
import { elementSize, swapUnit } from './dtypes';

/** Reverses the bytes of every `unit`-byte word in place (big-endian bundle → little-endian host). */
export function byteSwap(bytes: Uint8Array, unit: number): void {
  if (unit <= 1) return;
  for (let i = 0; i + unit <= bytes.length; i += unit) {
    for (let a = i, b = i + unit - 1; a < b; a++, b--) {
      const t = bytes[a]!;
      bytes[a] = bytes[b]!;
      bytes[b] = t;
    }
  }
}

/**
 * Wraps raw little-endian tensor bytes as the typed array of `dtype` without copying when the
 * bytes are aligned (float16/bfloat16 stay raw uint16 bits; complex is interleaved re, im).
 */
export function fixedValues(dtype: DType, bytes: Uint8Array): TensorValues {
  const size = elementSize(dtype);
  const aligned = bytes.byteOffset % Math.max(1, swapUnit(dtype)) === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset } = aligned;
  const n = aligned.length / size;
  switch (dtype) {
    case 'float32':
      return new Float32Array(buffer, byteOffset, n);
    case 'float64':
      return new Float64Array(buffer, byteOffset, n);
    case 'complex64':
      return new Float32Array(buffer, byteOffset, n * 2);
    case 'complex128':
      return new Float64Array(buffer, byteOffset, n * 2);
    case 'int8':
      return new Int8Array(buffer, byteOffset, n);
    case 'int16':
      return new Int16Array(buffer, byteOffset, n);
    case 'int32':
      return new Int32Array(buffer, byteOffset, n);
    case 'int64':
      return new BigInt64Array(buffer, byteOffset, n);
    case 'uint8':
    case 'bool':
      return new Uint8Array(buffer, byteOffset, n);
    case 'float16':
    case 'bfloat16':
    case 'uint16':
      return new Uint16Array(buffer, byteOffset, n);
    case 'uint32':
      return new Uint32Array(buffer, byteOffset, n);
    case 'uint64':
      return new BigUint64Array(buffer, byteOffset, n);
    default:
      throw new SlimscopeError({
        code: 'UNSUPPORTED',
        file: '',
        problem: `Tensors of dtype ${dtype} cannot be read as numbers.`,
        hint: 'Only numeric, bool and string tensors have readable values.',
      });
  }
}

/**
 * TF's on-disk DT_STRING layout (tensor_bundle.cc): n varint64 lengths, a masked CRC32C of the
 * lengths taken as little-endian uint32 values, then the bytes of every element back to back.
 * The entry's crc32c is NOT over these raw bytes: TF checksums the lengths as uint32 words, then
 * the 4 masked-checksum bytes, then the element bytes; `entryCrc` is that (unmasked) value.
 */
export function decodeStringTensor(
  bytes: Uint8Array,
  count: number,
  tensor: string,
  bigEndian = false,
): { values: Uint8Array[]; entryCrc: number } {
  const cur = new ByteCursor(bytes, 0, bytes.length, tensor);
  if (count > bytes.length) cur.fail(`The string tensor claims ${count} elements in ${bytes.length} bytes.`);
  const lengths = new Array<number>(count);
  let lengthsCrc = 0;
  const word = new Uint8Array(4);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const len = cur.varint64();
    lengths[i] = len;
    total += len;
    putUint32(word, len, bigEndian);
    lengthsCrc = crc32cExtend(lengthsCrc, word);
  }
  const stored = bigEndian ? swap32(cur.fixed32()) : cur.fixed32();
  if (stored !== maskCrc(lengthsCrc)) {
    throw new SlimscopeError({
      code: 'BAD_CRC',
      file: tensor,
      problem: 'The element lengths of this string tensor fail their CRC32C check.',
      hint: 'The data file is corrupted; re-copy it from its source.',
    });
  }
  if (cur.pos + total !== bytes.length) {
    cur.fail(`The string tensor's lengths add up to ${total} bytes but ${bytes.length - cur.pos} follow.`);
  }
  const entryCrc = crc32cExtend(lengthsCrc, bytes, cur.pos - 4, bytes.length);
  return { values: lengths.map((len) => bytes.slice(cur.pos, (cur.pos += len))), entryCrc };
}

/** Inverse of decodeStringTensor: the bytes TF writes for a DT_STRING tensor and their entry CRC. */
export function encodeStringTensor(
  elements: readonly Uint8Array[],
  bigEndian = false,
): { bytes: Uint8Array; entryCrc: number } {
  const head: number[] = [];
  let lengthsCrc = 0;
  const word = new Uint8Array(4);
  for (const e of elements) {
    let v = e.length;
    while (v >= 0x80) {
      head.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    head.push(v);
    putUint32(word, e.length, bigEndian);
    lengthsCrc = crc32cExtend(lengthsCrc, word);
  }
  const masked = maskCrc(lengthsCrc);
  const total = elements.reduce((s, e) => s + e.length, 0);
  const out = new Uint8Array(head.length + 4 + total);
  out.set(head, 0);
  putUint32(out.subarray(head.length), masked, bigEndian);
  let pos = head.length + 4;
  for (const e of elements) {
    out.set(e, pos);
    pos += e.length;
  }
  return { bytes: out, entryCrc: crc32cExtend(lengthsCrc, out, head.length, out.length) };
}

/** TF writes the lengths' checksum and checksums the lengths as native-order uint32 words. */
function putUint32(out: Uint8Array, v: number, bigEndian: boolean): void {
  const b = [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  if (bigEndian) b.reverse();
  out.set(b);
}

function swap32(v: number): number {
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

// OrderedCode keys for tensor slices (tensorflow/core/lib/strings/ordered_code.cc and
// util/saved_tensor_slice_util.cc EncodeTensorNameSlice): used by V1 checkpoints for every tensor
// and by V2 bundles for the slices of partitioned variables.
import type { SliceExtent } from './bundleEntry';

/** Length-prefixed big-endian unsigned number (WriteNumIncreasing). */
function pushNumIncreasing(out: number[], value: number): void {
  const bytes: number[] = [];
  let v = BigInt(value);
  while (v > 0n) {
    bytes.unshift(Number(v & 0xffn));
    v >>= 8n;
  }
  out.push(bytes.length, ...bytes);
}

/** 0x00 and 0xff are escaped, then the string ends with 0x00 0x01 (WriteString). */
function pushString(out: number[], bytes: Uint8Array): void {
  for (const b of bytes) {
    if (b === 0x00) out.push(0x00, 0xff);
    else if (b === 0xff) out.push(0xff, 0x00);
    else out.push(b);
  }
  out.push(0x00, 0x01);
}

/** Header bits of a signed number encoded in `len` bytes (kLengthToHeaderBits). */
const HEADER_BITS: Array<[number, number]> = [
  [0, 0],
  [0x80, 0],
  [0xc0, 0],
  [0xe0, 0],
  [0xf0, 0],
  [0xf8, 0],
  [0xfc, 0],
  [0xfe, 0],
  [0xff, 0],
  [0xff, 0x80],
  [0xff, 0xc0],
];

/** Sign-aware self-delimiting encoding that sorts like the numbers (WriteSignedNumIncreasing). */
function pushSignedNumIncreasing(out: number[], value: number): void {
  const v = BigInt(value);
  const x = v < 0n ? ~v : v;
  const bits = x === 0n ? 0 : x.toString(2).length;
  const len = Math.floor(bits / 7) + 1;
  const bytes: number[] = [];
  const twos = BigInt.asUintN(80, v);
  for (let i = len - 1; i >= 0; i--) bytes.push(Number((twos >> BigInt(8 * i)) & 0xffn));
  const [h0, h1] = HEADER_BITS[len]!;
  bytes[0] = bytes[0]! ^ h0;
  if (len > 1) bytes[1] = bytes[1]! ^ h1;
  out.push(...bytes);
}

const utf8 = new TextEncoder();

/** The table key of one slice of tensor `name`, as a binary string (one char per byte). */
export function encodeTensorNameSlice(name: string, extents: readonly SliceExtent[]): string {
  const out: number[] = [];
  pushNumIncreasing(out, 0);
  pushString(out, utf8.encode(name));
  pushNumIncreasing(out, extents.length);
  for (const e of extents) {
    pushSignedNumIncreasing(out, e.start);
    pushSignedNumIncreasing(out, e.length);
  }
  return String.fromCharCode(...out);
}

import { SlimscopeError } from '../../base/errors';

/**
 * A position in a byte array with protobuf/LevelDB varint and fixed-width readers. Values above
 * 2^53 cannot be byte offsets or sizes of a real file, so 64-bit varints decode to numbers and
 * throw beyond that range instead of silently losing precision.
 */
export class ByteCursor {
  pos: number;

  constructor(
    public buf: Uint8Array,
    start = 0,
    public end = buf.length,
    public file = '',
  ) {
    this.pos = start;
  }

  /** Re-targets this cursor (hot loops reuse one cursor instead of allocating per record). */
  reset(buf: Uint8Array, start: number, end: number, file: string): this {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    this.file = file;
    return this;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  fail(problem: string): never {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: this.file,
      problem,
      hint: 'The file is damaged or is not the kind of file its name says; re-copy it from its source.',
    });
  }

  /** Unsigned varint of at most 32 bits. */
  varint32(): number {
    const b = this.buf;
    let pos = this.pos;
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= this.end) this.fail('A variable-length integer runs past the end of its block.');
      const byte = b[pos++]!;
      result |= (byte & 0x7f) << shift;
      if (byte < 0x80) {
        this.pos = pos;
        return result >>> 0;
      }
    }
    return this.fail('A variable-length integer is longer than 5 bytes.');
  }

  /** Varint64 as a JS number; two's complement negatives (int64 = -1) come back negative. */
  varint64(): number {
    const b = this.buf;
    let pos = this.pos;
    let lo = 0;
    let hi = 0;
    let byte = 0;
    let shift = 0;
    for (; shift < 28; shift += 7) {
      if (pos >= this.end) this.fail('A variable-length integer runs past the end of its block.');
      byte = b[pos++]!;
      lo |= (byte & 0x7f) << shift;
      if (byte < 0x80) {
        this.pos = pos;
        return lo >>> 0;
      }
    }
    if (pos >= this.end) this.fail('A variable-length integer runs past the end of its block.');
    byte = b[pos++]!;
    lo |= (byte & 0x0f) << 28;
    hi = (byte & 0x7f) >> 4;
    for (shift = 3; byte >= 0x80; shift += 7) {
      if (shift > 31) this.fail('A variable-length integer is longer than 10 bytes.');
      if (pos >= this.end) this.fail('A variable-length integer runs past the end of its block.');
      byte = b[pos++]!;
      hi |= (byte & 0x7f) << shift;
    }
    this.pos = pos;
    return combine64(lo >>> 0, hi | 0, this);
  }

  fixed32(): number {
    if (this.pos + 4 > this.end) this.fail('A 4-byte field runs past the end of its block.');
    const b = this.buf;
    const p = this.pos;
    this.pos = p + 4;
    return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
  }

  bytes(length: number): Uint8Array {
    if (length < 0 || this.pos + length > this.end) this.fail('A field runs past the end of its block.');
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  /** Skips one protobuf field value of the given wire type. */
  skip(wireType: number): void {
    if (wireType === 0) this.varint64();
    else if (wireType === 1) this.bytes(8);
    else if (wireType === 2) this.bytes(this.varint32());
    else if (wireType === 5) this.bytes(4);
    else this.fail(`Unsupported protobuf wire type ${wireType}.`);
  }
}

function combine64(lo: number, hi: number, cur: ByteCursor): number {
  if (hi < 0) {
    // Negative int64: value = -(2^64 - (hi:lo)).
    const nlo = (~lo + 1) >>> 0;
    const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
    if (nhi > 0x1fffff) cur.fail('A 64-bit integer is out of the supported range.');
    return -(nhi * 0x100000000 + nlo);
  }
  if (hi > 0x1fffff) cur.fail('A 64-bit integer is out of the supported range.');
  return hi * 0x100000000 + lo;
}

/** Appends the varint encoding of a non-negative integer (< 2^53) to `out`. */
export function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function readUint32LE(b: Uint8Array, p: number): number {
  return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
}

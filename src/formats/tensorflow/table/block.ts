import { ByteCursor, readUint32LE } from '../../bytes/varint';

/**
 * Receives one block entry without allocation: the key's bytes are `key[0, keyLength)` (a buffer
 * reused for the next entry: copy what you keep), the value is `block[valueStart, valueEnd)`.
 */
export type BlockEntryVisitor = (
  key: Uint8Array,
  keyLength: number,
  block: Uint8Array,
  valueStart: number,
  valueEnd: number,
) => void;

let keyBuffer = new Uint8Array(256);

/** Walks every entry of one decoded block in order, undoing LevelDB's key prefix compression. */
export function visitBlockEntries(block: Uint8Array, file: string, visit: BlockEntryVisitor): void {
  const fail = (problem: string) => new ByteCursor(block, 0, block.length, file).fail(problem);
  if (block.length < 4) fail('A table block is too short.');
  const numRestarts = readUint32LE(block, block.length - 4);
  const restartsStart = block.length - 4 - numRestarts * 4;
  if (numRestarts === 0 || restartsStart < 0) fail('A table block has an invalid restart array.');
  const cur = new ByteCursor(block, 0, restartsStart, file);
  let keyLength = 0;
  while (cur.pos < restartsStart) {
    const shared = cur.varint32();
    const nonShared = cur.varint32();
    const valueLength = cur.varint32();
    if (shared > keyLength) fail('A table key shares more bytes than the previous key has.');
    const deltaStart = cur.pos;
    const valueStart = deltaStart + nonShared;
    const valueEnd = valueStart + valueLength;
    if (valueEnd > restartsStart) fail('A table entry runs past the end of its block.');
    keyLength = shared + nonShared;
    if (keyLength > keyBuffer.length) {
      const grown = new Uint8Array(Math.max(keyLength, keyBuffer.length * 2));
      grown.set(keyBuffer.subarray(0, shared));
      keyBuffer = grown;
    }
    if (nonShared < 64) for (let i = 0; i < nonShared; i++) keyBuffer[shared + i] = block[deltaStart + i]!;
    else keyBuffer.set(block.subarray(deltaStart, valueStart), shared);
    cur.pos = valueEnd;
    visit(keyBuffer, keyLength, block, valueStart, valueEnd);
  }
}

/** Convenience form: keys as binary strings (one char per byte), values as views (no copy). */
export function forEachBlockEntry(
  block: Uint8Array,
  file: string,
  onEntry: (key: string, value: Uint8Array) => void,
): void {
  visitBlockEntries(block, file, (key, len, b, start, end) => {
    onEntry(binaryString(key, len), b.subarray(start, end));
  });
}

/** Bytes → string with one char per byte (code 0–255); exact for any bytes. */
export function binaryString(bytes: Uint8Array, length = bytes.length): string {
  if (length === 0) return '';
  if (length <= 1024)
    return String.fromCharCode.apply(null, bytes.subarray(0, length) as unknown as number[]);
  let s = '';
  for (let i = 0; i < length; i += 1024) {
    s += String.fromCharCode.apply(
      null,
      bytes.subarray(i, Math.min(length, i + 1024)) as unknown as number[],
    );
  }
  return s;
}

export function binaryStringToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** Key bytes → text: ASCII keys (the usual case) without TextDecoder, others decoded as UTF-8. */
export function utf8String(bytes: Uint8Array, length = bytes.length): string {
  for (let i = 0; i < length; i++) {
    if (bytes[i]! >= 0x80) return utf8.decode(bytes.subarray(0, length));
  }
  return binaryString(bytes, length);
}

/** Binary string → the UTF-8 text it encodes (ASCII comes back unchanged). */
export function binaryToUtf8(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return utf8.decode(binaryStringToBytes(s));
  }
  return s;
}

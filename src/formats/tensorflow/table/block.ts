import { ByteCursor, readUint32LE } from '../../bytes/varint';

/**
 * Calls `onEntry` for every entry of one decoded block, in order. Keys are "binary strings"
 * (one char per byte, code 0–255) so prefix sharing is a cheap substring; callers convert to
 * UTF-8 when a key has bytes ≥ 0x80. Values are views into the block (no copy).
 */
export function forEachBlockEntry(
  block: Uint8Array,
  file: string,
  onEntry: (key: string, value: Uint8Array) => void,
): void {
  if (block.length < 4) new ByteCursor(block, 0, block.length, file).fail('A table block is too short.');
  const numRestarts = readUint32LE(block, block.length - 4);
  const restartsStart = block.length - 4 - numRestarts * 4;
  if (numRestarts === 0 || restartsStart < 0) {
    new ByteCursor(block, 0, block.length, file).fail('A table block has an invalid restart array.');
  }
  const cur = new ByteCursor(block, 0, restartsStart, file);
  let key = '';
  while (cur.pos < restartsStart) {
    const shared = cur.varint32();
    const nonShared = cur.varint32();
    const valueLength = cur.varint32();
    if (shared > key.length) cur.fail('A table key shares more bytes than the previous key has.');
    const delta = cur.bytes(nonShared);
    key = shared === key.length ? key + binaryString(delta) : key.slice(0, shared) + binaryString(delta);
    onEntry(key, cur.bytes(valueLength));
  }
}

export function binaryString(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n === 0) return '';
  if (n < 1024) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += 1024) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 1024) as unknown as number[]);
  }
  return s;
}

export function binaryStringToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** Binary string → the UTF-8 text it encodes (ASCII keys come back unchanged without copying). */
export function binaryToUtf8(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return utf8.decode(binaryStringToBytes(s));
  }
  return s;
}

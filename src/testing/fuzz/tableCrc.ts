import { uncompress } from 'snappyjs';
import { crc32cExtend, maskCrc } from '../../formats/bytes/crc32c';
import { forEachBlockEntry } from '../../formats/tensorflow/table/block';
import { isValidSnappy } from '../../formats/tensorflow/table/snappyCheck';
import {
  BLOCK_TRAILER_SIZE,
  type BlockHandle,
  FOOTER_SIZE,
  TABLE_MAGIC,
} from '../../formats/tensorflow/table/format';

/**
 * Re-computes the block CRCs of a (damaged) TF table so that mutations inside blocks reach the
 * block, entry and proto decoders instead of always stopping at the CRC check. Best effort: any
 * part that cannot be located is left as it is.
 */
export function fixTableCrcs(bytes: Uint8Array): Uint8Array {
  if (bytes.length < FOOTER_SIZE) return bytes;
  const footer = bytes.length - FOOTER_SIZE;
  if (!TABLE_MAGIC.every((b, i) => bytes[footer + 8 * 5 + i] === b)) return bytes;
  const out = bytes.slice();
  const handles = readVarints(out, footer, 4);
  if (handles.length < 4) return out;
  const index = { offset: handles[2]!, size: handles[3]! };
  if (!rewriteCrc(out, index)) return out;
  for (const h of dataHandles(out, index)) rewriteCrc(out, h);
  return out;
}

function readVarints(bytes: Uint8Array, at: number, count: number): number[] {
  const values: number[] = [];
  let pos = at;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let scale = 1;
    for (let k = 0; ; k++) {
      if (pos >= bytes.length || k > 9) return values;
      const b = bytes[pos++]!;
      v += (b & 0x7f) * scale;
      scale *= 128;
      if (b < 0x80) break;
    }
    values.push(v);
  }
  return values;
}

function inRange(bytes: Uint8Array, h: BlockHandle): boolean {
  return h.offset >= 0 && h.size >= 0 && h.offset + h.size + BLOCK_TRAILER_SIZE <= bytes.length;
}

function rewriteCrc(bytes: Uint8Array, h: BlockHandle): boolean {
  if (!inRange(bytes, h)) return false;
  const crc = maskCrc(crc32cExtend(0, bytes, h.offset, h.offset + h.size + 1));
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(h.offset + h.size + 1, crc, true);
  return true;
}

function dataHandles(bytes: Uint8Array, index: BlockHandle): BlockHandle[] {
  let block = bytes.subarray(index.offset, index.offset + index.size);
  const handles: BlockHandle[] = [];
  try {
    if (bytes[index.offset + index.size] === 1) {
      if (!isValidSnappy(block, 1 << 24)) return handles;
      block = uncompress(block, 1 << 24);
    }
    forEachBlockEntry(block, 'fuzz', (_key, value) => {
      const [offset, size] = readVarints(value, 0, 2);
      if (offset !== undefined && size !== undefined) handles.push({ offset, size });
    });
  } catch {
    // A block too damaged to parse keeps the handles found so far.
  }
  return handles;
}

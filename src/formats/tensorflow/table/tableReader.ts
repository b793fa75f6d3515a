import { uncompress } from 'snappyjs';
import { SlimscopeError } from '../../../base/errors';
import type { ByteSource } from '../../bytes/byteSource';
import { crc32cExtend, unmaskCrc } from '../../bytes/crc32c';
import { ByteCursor, readUint32LE } from '../../bytes/varint';
import { type BlockEntryVisitor, forEachBlockEntry, visitBlockEntries } from './block';
import { isValidSnappy } from './snappyCheck';
import {
  BLOCK_TRAILER_SIZE,
  type BlockHandle,
  COMPRESSION_NONE,
  COMPRESSION_SNAPPY,
  FOOTER_SIZE,
  MAX_HANDLES_SIZE,
  TABLE_MAGIC,
} from './format';

/** Largest block we agree to decompress; TF writes ≤ 256 KiB blocks, single huge entries aside. */
const MAX_BLOCK_BYTES = 1 << 30;

export interface TableEntrySink {
  (key: string, value: Uint8Array): void;
}

/** A LevelDB-style table opened lazily: the footer and index block are read, data blocks on demand. */
export class TableReader {
  private constructor(
    readonly source: ByteSource,
    readonly dataBlocks: readonly BlockHandle[],
  ) {}

  static async open(source: ByteSource): Promise<TableReader> {
    const footer = await readFooter(source);
    const indexBlock = await readBlock(source, footer.index);
    const dataBlocks: BlockHandle[] = [];
    forEachBlockEntry(indexBlock, source.name, (_key, value) => {
      dataBlocks.push(decodeHandle(value, source.name));
    });
    for (const h of dataBlocks) checkHandle(source, h);
    return new TableReader(source, dataBlocks);
  }

  /** Visits every entry in key order, reading one data block at a time. */
  async forEachEntry(onEntry: TableEntrySink): Promise<void> {
    for (const handle of this.dataBlocks) {
      forEachBlockEntry(await readBlock(this.source, handle), this.source.name, onEntry);
    }
  }

  /** Allocation-free form of forEachEntry (see visitBlockEntries). */
  async visitEntries(visit: BlockEntryVisitor): Promise<void> {
    for (const handle of this.dataBlocks) {
      visitBlockEntries(await readBlock(this.source, handle), this.source.name, visit);
    }
  }
}

function badTable(file: string, code: 'BAD_MAGIC' | 'BAD_BLOCK' | 'TRUNCATED', problem: string) {
  return new SlimscopeError({
    code,
    file,
    problem,
    hint: 'This is not an intact TensorFlow checkpoint table; re-copy it, or pick the right file.',
  });
}

async function readFooter(source: ByteSource): Promise<{ metaindex: BlockHandle; index: BlockHandle }> {
  if (source.size < FOOTER_SIZE) {
    throw badTable(
      source.name,
      'TRUNCATED',
      `The file is ${source.size} bytes, shorter than a table footer.`,
    );
  }
  const footer = await source.read(source.size - FOOTER_SIZE, FOOTER_SIZE);
  for (let i = 0; i < 8; i++) {
    if (footer[MAX_HANDLES_SIZE + i] !== TABLE_MAGIC[i]) {
      throw badTable(
        source.name,
        'BAD_MAGIC',
        'The file does not end with the TensorFlow table magic number.',
      );
    }
  }
  const cur = new ByteCursor(footer, 0, MAX_HANDLES_SIZE, source.name);
  const metaindex = { offset: cur.varint64(), size: cur.varint64() };
  const index = { offset: cur.varint64(), size: cur.varint64() };
  checkHandle(source, metaindex);
  checkHandle(source, index);
  return { metaindex, index };
}

export function decodeHandle(value: Uint8Array, file: string): BlockHandle {
  const cur = new ByteCursor(value, 0, value.length, file);
  return { offset: cur.varint64(), size: cur.varint64() };
}

function checkHandle(source: ByteSource, h: BlockHandle): void {
  const end = h.offset + h.size + BLOCK_TRAILER_SIZE;
  if (h.offset < 0 || h.size < 0 || end > source.size - FOOTER_SIZE) {
    throw badTable(
      source.name,
      'BAD_BLOCK',
      `A block handle (offset ${h.offset}, size ${h.size}) points outside the file (${source.size} bytes).`,
    );
  }
}

/** Reads one block, checks its masked CRC32C (over contents + type byte) and decompresses it. */
export async function readBlock(source: ByteSource, h: BlockHandle): Promise<Uint8Array> {
  const raw = await source.read(h.offset, h.size + BLOCK_TRAILER_SIZE);
  const type = raw[h.size]!;
  const stored = unmaskCrc(readUint32LE(raw, h.size + 1));
  if (crc32cExtend(0, raw, 0, h.size + 1) !== stored) {
    throw new SlimscopeError({
      code: 'BAD_CRC',
      file: source.name,
      problem: `The table block at offset ${h.offset} fails its CRC32C check (the file is corrupted).`,
      hint: 'Re-copy the file from its source; partial downloads and bad disks cause this.',
    });
  }
  const contents = raw.subarray(0, h.size);
  if (type === COMPRESSION_NONE) return contents;
  if (type === COMPRESSION_SNAPPY) return snappyBlock(contents, source.name, h.offset);
  throw badTable(
    source.name,
    'BAD_BLOCK',
    `The block at offset ${h.offset} has unknown compression type ${type}.`,
  );
}

function snappyBlock(contents: Uint8Array, file: string, offset: number): Uint8Array {
  try {
    // A Snappy stream expands at most ~21x (a 3-byte copy op yields 64 bytes): refuse larger claims
    // before allocating.
    const limit = Math.min(MAX_BLOCK_BYTES, contents.length * 32 + 1024);
    if (!isValidSnappy(contents, limit)) throw new Error('invalid Snappy stream');
    return uncompress(contents, limit);
  } catch (cause) {
    throw new SlimscopeError({
      code: 'BAD_SNAPPY',
      file,
      problem: `The Snappy-compressed block at offset ${offset} cannot be decompressed.`,
      hint: 'The file is corrupted; re-copy it from its source.',
      cause,
    });
  }
}

import { crc32cExtend, maskCrc } from '../../bytes/crc32c';
import { pushVarint } from '../../bytes/varint';
import type { BlockHandle } from './format';
import { COMPRESSION_NONE, MAX_HANDLES_SIZE, TABLE_MAGIC } from './format';

/** TF's table options for `.index` files (lib/io/table_options.h): 256 KiB blocks, restart every 16. */
export interface TableWriterOptions {
  blockSize?: number;
  restartInterval?: number;
}

/** Collects bytes as a list of chunks so large tables are never copied while growing. */
class Output {
  readonly chunks: Uint8Array[] = [];
  size = 0;
  push(bytes: Uint8Array | number[]): void {
    const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    this.chunks.push(b);
    this.size += b.length;
  }
}

/** A growable byte buffer with varint appends. */
class ByteBuffer {
  bytes = new Uint8Array(1 << 12);
  length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(v: number): void {
    this.ensure(10);
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  keySuffix(key: string, from: number): void {
    this.ensure(key.length - from);
    for (let i = from; i < key.length; i++) this.bytes[this.length++] = key.charCodeAt(i);
  }

  append(b: Uint8Array): void {
    this.ensure(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }
}

/** LevelDB BlockBuilder: prefix-compressed keys, a restart point every `interval` entries. */
class BlockBuilder {
  private buf = new ByteBuffer();
  private restarts = [0];
  private counter = 0;
  private lastKey = '';
  constructor(private readonly interval: number) {}

  get empty(): boolean {
    return this.buf.length === 0;
  }

  sizeEstimate(): number {
    return this.buf.length + this.restarts.length * 4 + 4;
  }

  add(key: string, value: Uint8Array): void {
    let shared = 0;
    if (this.counter < this.interval) {
      const n = Math.min(key.length, this.lastKey.length);
      while (shared < n && key.charCodeAt(shared) === this.lastKey.charCodeAt(shared)) shared++;
    } else {
      this.restarts.push(this.buf.length);
      this.counter = 0;
    }
    this.buf.varint(shared);
    this.buf.varint(key.length - shared);
    this.buf.varint(value.length);
    this.buf.keySuffix(key, shared);
    this.buf.append(value);
    this.lastKey = key;
    this.counter++;
  }

  finish(): Uint8Array {
    const size = this.buf.length;
    const out = new Uint8Array(size + this.restarts.length * 4 + 4);
    out.set(this.buf.bytes.subarray(0, size));
    const view = new DataView(out.buffer);
    let p = size;
    for (const r of this.restarts) view.setUint32((p += 4) - 4, r, true);
    view.setUint32(p, this.restarts.length, true);
    this.buf = new ByteBuffer();
    this.restarts = [0];
    this.counter = 0;
    this.lastKey = '';
    return out;
  }
}

/** Shortest key ≥ start and < limit (bytewise comparator FindShortestSeparator). */
function shortestSeparator(start: string, limit: string): string {
  const n = Math.min(start.length, limit.length);
  let i = 0;
  while (i < n && start.charCodeAt(i) === limit.charCodeAt(i)) i++;
  if (i >= n) return start;
  const b = start.charCodeAt(i);
  if (b < 0xff && b + 1 < limit.charCodeAt(i)) return start.slice(0, i) + String.fromCharCode(b + 1);
  return start;
}

/** Shortest key ≥ key (FindShortSuccessor). */
function shortSuccessor(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const b = key.charCodeAt(i);
    if (b !== 0xff) return key.slice(0, i) + String.fromCharCode(b + 1);
  }
  return key;
}

function encodeHandle(h: BlockHandle): number[] {
  const out: number[] = [];
  pushVarint(out, h.offset);
  pushVarint(out, h.size);
  return out;
}

/**
 * Writes a table byte-identical to TF's TableBuilder (lib/io/table_builder.cc, no compression).
 * Keys are binary strings (one char per byte) added in strictly increasing byte order.
 */
export class TableWriter {
  private readonly out = new Output();
  private readonly data: BlockBuilder;
  private readonly index = new BlockBuilder(1);
  private readonly blockSize: number;
  private lastKey = '';
  private entries = 0;
  private pending: BlockHandle | undefined;

  constructor(options: TableWriterOptions = {}) {
    this.blockSize = options.blockSize ?? 256 * 1024;
    this.data = new BlockBuilder(options.restartInterval ?? 16);
  }

  add(key: string, value: Uint8Array): void {
    // TF closes the current block before an entry of twice the block size or more.
    if (this.entries > 0 && key.length + value.length >= 2 * this.blockSize) this.flush();
    if (this.pending) {
      this.index.add(shortestSeparator(this.lastKey, key), Uint8Array.from(encodeHandle(this.pending)));
      this.pending = undefined;
    }
    this.lastKey = key;
    this.entries++;
    this.data.add(key, value);
    if (this.data.sizeEstimate() >= this.blockSize) this.flush();
  }

  private flush(): void {
    if (this.data.empty) return;
    this.pending = this.writeBlock(this.data.finish());
  }

  private writeBlock(contents: Uint8Array): BlockHandle {
    const handle = { offset: this.out.size, size: contents.length };
    const trailer = new Uint8Array(5);
    trailer[0] = COMPRESSION_NONE;
    const crc = maskCrc(crc32cExtend(crc32cExtend(0, contents), trailer, 0, 1));
    new DataView(trailer.buffer).setUint32(1, crc, true);
    this.out.push(contents);
    this.out.push(trailer);
    return handle;
  }

  /** Ends the table: last data block, empty metaindex, index block and footer. Returns the chunks. */
  finish(): Uint8Array[] {
    this.flush();
    const metaindex = this.writeBlock(new BlockBuilder(16).finish());
    if (this.pending) {
      this.index.add(shortSuccessor(this.lastKey), Uint8Array.from(encodeHandle(this.pending)));
      this.pending = undefined;
    }
    const indexHandle = this.writeBlock(this.index.finish());
    const footer = new Uint8Array(MAX_HANDLES_SIZE + 8);
    footer.set([...encodeHandle(metaindex), ...encodeHandle(indexHandle)]);
    footer.set(TABLE_MAGIC, MAX_HANDLES_SIZE);
    this.out.push(footer);
    return this.out.chunks;
  }
}

import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { crc32cExtend } from '../bytes/crc32c';
import type { ReadOptions } from '../checkpoint';
import { cancelledError } from '../../base/cancel';

/** Streams (statistics, exports) read in pieces of this size so progress and cancel stay responsive. */
export const READ_CHUNK = 4 << 20;
/**
 * Tensors are read in pieces of this size, each checksummed while the next one is being read, so
 * IO and CRC overlap; smaller tensors are read with one call.
 */
const OVERLAP_CHUNK = 2 << 20;
/**
 * Sources without `readInto` (Blobs) hand back a new buffer per read that must be copied into the
 * tensor's; up to this size one read straight into the final buffer is cheaper than that copy.
 */
const ONE_READ_MAX = 4 << 20;

/** A cancelled read of `file` (a tensor or shard name). */
export const cancelledRead = (file: string): SlimscopeError =>
  cancelledError('Reading', file, 'Start it again when needed.');

/**
 * Reads `size` bytes at `offset` in bounded chunks, checking cancel and reporting progress between
 * chunks; returns the bytes and their (unmasked) CRC32C computed on the way.
 */
export async function readRangeWithCrc(
  source: ByteSource,
  offset: number,
  size: number,
  label: string,
  options: ReadOptions = {},
): Promise<{ bytes: Uint8Array; crc: number }> {
  const single = source.readInto ? size <= OVERLAP_CHUNK : size <= ONE_READ_MAX;
  if (single) {
    if (options.signal?.cancelled) throw cancelledRead(label);
    const bytes = await source.read(offset, size);
    return { bytes, crc: crc32cExtend(0, bytes) };
  }
  const out = new Uint8Array(size);
  const chunkSize = source.readInto ? OVERLAP_CHUNK : READ_CHUNK;
  /** Starts reading [at, at + n) into `out`; resolves once those bytes are there. */
  const fetch = (at: number): Promise<void> => {
    const target = out.subarray(at, Math.min(size, at + chunkSize));
    if (source.readInto) return source.readInto(offset + at, target);
    return source.read(offset + at, target.length).then((chunk) => target.set(chunk));
  };
  const started = Date.now();
  let crc = 0;
  // The next chunk is requested before the current one is checksummed, so IO and CRC overlap.
  let pending: Promise<void> | undefined = fetch(0);
  for (let done = 0; done < size;) {
    await pending;
    const next = Math.min(size, done + chunkSize);
    pending = next < size ? fetch(next) : undefined;
    if (options.signal?.cancelled) {
      pending?.catch(() => undefined);
      throw cancelledRead(label);
    }
    crc = crc32cExtend(crc, out, done, next);
    done = next;
    const seconds = (Date.now() - started) / 1000;
    options.onProgress?.({
      phase: `reading ${label}`,
      done,
      total: size,
      ...(seconds > 0 ? { bytesPerSecond: done / seconds } : {}),
    });
  }
  return { bytes: out, crc };
}

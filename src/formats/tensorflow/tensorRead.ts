import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { crc32cExtend } from '../bytes/crc32c';
import type { ReadOptions } from '../checkpoint';
import { cancelledError } from '../../base/cancel';

/** Streams (statistics, exports) read in pieces of this size so progress and cancel stay responsive. */
export const READ_CHUNK = 4 << 20;
/**
 * Tensors up to this size are read with one call straight into their final buffer (a chunked
 * read needs one more copy); bigger ones are read in READ_CHUNK pieces with progress and cancel.
 */
const ONE_READ_MAX = 64 << 20;

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
  if (size <= ONE_READ_MAX) {
    if (options.signal?.cancelled) throw cancelledRead(label);
    const bytes = await source.read(offset, size);
    return { bytes, crc: crc32cExtend(0, bytes) };
  }
  const out = new Uint8Array(size);
  const started = Date.now();
  let crc = 0;
  // The next chunk is requested before the current one is checksummed, so IO and CRC overlap.
  let pending: Promise<Uint8Array> | undefined = source.read(offset, Math.min(READ_CHUNK, size));
  for (let done = 0; done < size;) {
    const chunk: Uint8Array = await pending!;
    const next: number = done + chunk.length;
    pending = next < size ? source.read(offset + next, Math.min(READ_CHUNK, size - next)) : undefined;
    if (options.signal?.cancelled) {
      pending?.catch(() => undefined);
      throw cancelledRead(label);
    }
    crc = crc32cExtend(crc, chunk);
    out.set(chunk, done);
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

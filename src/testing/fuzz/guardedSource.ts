import type { ByteSource } from '../../formats/bytes/byteSource';
import { memoryByteSource } from '../../formats/bytes/readChecks';

/** A ByteSource over fuzz bytes that records what the parser asked of it. */
export interface GuardedSource extends ByteSource {
  readonly stats: { reads: number; bytesRead: number; largestRead: number; outOfRange: number };
}

export function guardedSource(name: string, bytes: Uint8Array): GuardedSource {
  const inner = memoryByteSource(name, bytes);
  const stats = { reads: 0, bytesRead: 0, largestRead: 0, outOfRange: 0 };
  return {
    name,
    size: bytes.length,
    stats,
    read(offset, length) {
      stats.reads++;
      if (!(offset >= 0 && length >= 0 && offset + length <= bytes.length)) stats.outOfRange++;
      else {
        stats.bytesRead += length;
        stats.largestRead = Math.max(stats.largestRead, length);
      }
      return inner.read(offset, length);
    },
  };
}

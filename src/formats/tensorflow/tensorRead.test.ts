import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../bytes/byteSource';
import { crc32cExtendJs } from '../bytes/crc32c';
import { memoryByteSource } from '../bytes/readChecks';
import { readRangeWithCrc } from './tensorRead';

const MB = 1 << 20;
const bytes = Uint8Array.from({ length: 9 * MB + 123 }, (_, i) => (i * 2654435761) >>> 24);

/** A memory source that also fills caller buffers (like Node file handles) and counts reads. */
function intoSource(data: Uint8Array): ByteSource & { reads: number } {
  const plain = memoryByteSource('into.bin', data);
  const source = {
    ...plain,
    reads: 0,
    readInto(offset: number, target: Uint8Array) {
      source.reads++;
      target.set(data.subarray(offset, offset + target.length));
      return Promise.resolve();
    },
  };
  return source;
}

describe('readRangeWithCrc', () => {
  for (const [label, make] of [
    ['read() sources (Blob)', () => memoryByteSource('plain.bin', bytes)],
    ['readInto() sources (Node)', () => intoSource(bytes)],
  ] as const) {
    it(`${label}: chunked read returns the exact bytes and their CRC, with progress`, async () => {
      const offset = 77;
      const size = bytes.length - offset - 5;
      const done: number[] = [];
      const got = await readRangeWithCrc(make(), offset, size, 't', { onProgress: (p) => done.push(p.done) });
      // Buffer.equals: a deep toEqual over 9 MB takes minutes.
      expect(Buffer.from(got.bytes).equals(bytes.subarray(offset, offset + size))).toBe(true);
      expect(got.crc).toBe(crc32cExtendJs(0, bytes, offset, offset + size));
      expect(done.length).toBeGreaterThan(1);
      expect(done.at(-1)).toBe(size);
    });

    it(`${label}: cancel stops between chunks with CANCELLED`, async () => {
      const signal = { cancelled: false };
      const run = readRangeWithCrc(make(), 0, bytes.length, 't', {
        signal,
        onProgress: () => (signal.cancelled = true),
      });
      await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    });
  }

  it('fills the final buffer through readInto in several pieces (IO overlaps the CRC)', async () => {
    const source = intoSource(bytes);
    await readRangeWithCrc(source, 0, bytes.length, 't');
    expect(source.reads).toBeGreaterThan(2);
  });
});

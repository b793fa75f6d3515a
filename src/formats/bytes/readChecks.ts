import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from './byteSource';

/** Rejects reads outside the file before any memory is allocated for them. */
export function checkRange(source: { name: string; size: number }, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new SlimscopeError({
      code: 'OUT_OF_RANGE',
      file: source.name,
      problem: `Invalid read of ${length} bytes at offset ${offset}.`,
      hint: 'The file that points into this one is damaged.',
    });
  }
  if (offset + length > source.size) {
    throw new SlimscopeError({
      code: 'TRUNCATED',
      file: source.name,
      problem: `Needs bytes ${offset}–${offset + length} but the file has only ${source.size} bytes.`,
      hint: 'The file is truncated or belongs to another checkpoint; copy it again in full.',
    });
  }
}

/** A ByteSource over bytes already in memory (tests, writer output, demo data). */
export function memoryByteSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read(offset, length) {
      checkRange({ name, size: bytes.length }, offset, length);
      return Promise.resolve(bytes.slice(offset, offset + length));
    },
  };
}

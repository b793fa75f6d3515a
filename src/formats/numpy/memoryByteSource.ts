import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';

/** A ByteSource over bytes already in memory (small files, generated test data). */
export function memoryByteSource(bytes: Uint8Array, name: string): ByteSource {
  return {
    name,
    size: bytes.length,
    read(offset, length) {
      if (!(offset >= 0 && length >= 0 && offset + length <= bytes.length)) {
        return Promise.reject(
          new SlimscopeError({
            code: 'TRUNCATED',
            file: name,
            problem: `Needs bytes ${offset}–${offset + length} but the file has only ${bytes.length} bytes.`,
            hint: 'The file is truncated; copy it again in full.',
          }),
        );
      }
      return Promise.resolve(bytes.slice(offset, offset + length));
    },
  };
}

import type { ByteSource } from './byteSource';
import { checkRange } from './readChecks';

/** A window `[start, start + size)` of another source, e.g. a stored member of a ZIP archive. */
export function sliceByteSource(source: ByteSource, start: number, size: number, name: string): ByteSource {
  checkRange(source, start, size);
  return {
    name,
    size,
    read(offset, length) {
      checkRange({ name, size }, offset, length);
      return source.read(start + offset, length);
    },
  };
}

import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from './byteSource';
import { checkRange } from './readChecks';

/**
 * A ByteSource over a File/Blob (browser main thread or worker): each read slices the blob so only
 * the requested range is ever loaded. `name` defaults to the File's relative path or name.
 */
export function blobByteSource(blob: Blob, name?: string): ByteSource & { readonly blob: Blob } {
  const fileName = name ?? blobName(blob);
  return {
    // Exposed so an export can reference ranges of the file (Blob.slice) instead of copying bytes.
    blob,
    name: fileName,
    size: blob.size,
    async read(offset, length) {
      checkRange({ name: fileName, size: blob.size }, offset, length);
      try {
        return new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
      } catch (cause) {
        throw new SlimscopeError({
          code: 'TRUNCATED',
          file: fileName,
          problem: 'The file could not be read (it may have been moved or changed since it was opened).',
          hint: 'Open the file again.',
          cause,
        });
      }
    },
  };
}

function blobName(blob: Blob): string {
  const f = blob as Partial<File> & { webkitRelativePath?: string };
  return f.webkitRelativePath || f.name || 'blob';
}

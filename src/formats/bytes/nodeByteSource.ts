// Node-only: file-backed ByteSources for tests, the CLI and benchmarks. Never import from app code.
import { close, open, read, stat } from 'node:fs';
import { promisify } from 'node:util';
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from './byteSource';
import { checkRange } from './readChecks';

const openAsync = promisify(open);
const readAsync = promisify(read);
const statAsync = promisify(stat);

export interface NodeByteSource extends ByteSource {
  readonly path: string;
  /** Releases the file descriptor now (it is also released when the source is garbage collected). */
  close(): void;
}

// A descriptor held by a source that nobody references any more is closed by the GC hook, so readers
// can keep files open without an explicit close protocol.
const finalizer = new FinalizationRegistry<number>((fd) => close(fd, () => undefined));

/** Opens a file for random access; the name shown in errors is `displayName` or the path. */
export async function nodeByteSource(path: string, displayName = path): Promise<NodeByteSource> {
  let fd: number;
  let size: number;
  try {
    size = (await statAsync(path)).size;
    fd = await openAsync(path, 'r');
  } catch (cause) {
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: displayName,
      problem: 'The file does not exist or cannot be opened.',
      hint: 'Check the path and the file permissions.',
      cause,
    });
  }
  let closed = false;
  const source: NodeByteSource = {
    name: displayName,
    size,
    path,
    async read(offset, length) {
      checkRange({ name: displayName, size }, offset, length);
      const out = new Uint8Array(length);
      await source.readInto!(offset, out);
      return out;
    },
    async readInto(offset, out) {
      const length = out.length;
      checkRange({ name: displayName, size }, offset, length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await readAsync(fd, out, done, length - done, offset + done);
        if (bytesRead === 0) checkRange({ name: displayName, size: offset + done }, offset, length);
        done += bytesRead;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      finalizer.unregister(source);
      close(fd, () => undefined);
    },
  };
  finalizer.register(source, fd, source);
  return source;
}

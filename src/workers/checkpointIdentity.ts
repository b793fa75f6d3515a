import type { ByteSource } from '../formats/bytes/byteSource';

/** Index/table files above this size are hashed over their first and last parts only. */
const FULL_HASH_LIMIT = 64 * 1024 * 1024;
const PART = 8 * 1024 * 1024;

/**
 * A stable key for "the same checkpoint": a SHA-256 of its index (or table) bytes plus the file
 * names (without folders) and sizes. Saved work is stored and offered back under this key.
 */
export async function checkpointIdentity(
  indexFile: ByteSource | undefined,
  files: readonly ByteSource[],
): Promise<string> {
  const listing = files
    .map((f) => `${baseName(f.name)}:${f.size}`)
    .sort()
    .join('|');
  const hash = indexFile ? await hashSource(indexFile) : 'no-index';
  return `${hash.slice(0, 32)}|${listing}`;
}

export async function hashSource(source: ByteSource): Promise<string> {
  const bytes =
    source.size <= FULL_HASH_LIMIT
      ? await source.read(0, source.size)
      : concat(await source.read(0, PART), await source.read(source.size - PART, PART));
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader } from '../checkpoint';
import { sha256Hex, type CheckpointIdentity } from './document';

/** Index/table files above this size are hashed over their first and last parts only. */
const FULL_HASH_LIMIT = 64 * 1024 * 1024;
const PART = 8 * 1024 * 1024;

/**
 * The mapping document's identity of an opened checkpoint (files, sizes, SHA-256 of its index or
 * single file) and the key saved work is stored under: "the same checkpoint" = same index hash
 * and same file names and sizes. `indexHash` is `hashKeyFile(keyFile)` when already started (it
 * needs only the file, so it can run while the reader parses it).
 */
export async function identifyCheckpoint(
  reader: CheckpointReader,
  keyFile: ByteSource | undefined,
  files: readonly ByteSource[],
  indexHash: Promise<string | null> = hashKeyFile(keyFile),
): Promise<{ identity: CheckpointIdentity; key: string }> {
  const indexSha256 = await indexHash;
  const identity: CheckpointIdentity = {
    prefix: reader.prefix,
    format: reader.format,
    files: files.map((f) => ({ name: f.name, size: f.size })),
    indexSha256,
    variableCount: reader.variables.length,
  };
  const listing = files
    .map((f) => `${baseName(f.name)}:${f.size}`)
    .sort()
    .join('|');
  return { identity, key: `${indexSha256 ?? 'no-index'}|${listing}` };
}

/** SHA-256 of the index / single file that identifies a checkpoint (null without one). */
export async function hashKeyFile(keyFile: ByteSource | undefined): Promise<string | null> {
  return keyFile ? hashSource(keyFile) : null;
}

async function hashSource(source: ByteSource): Promise<string> {
  if (source.size <= FULL_HASH_LIMIT) return sha256Hex(await source.read(0, source.size));
  const head = await source.read(0, PART);
  const tail = await source.read(source.size - PART, PART);
  const both = new Uint8Array(head.length + tail.length);
  both.set(head);
  both.set(tail, head.length);
  return sha256Hex(both);
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

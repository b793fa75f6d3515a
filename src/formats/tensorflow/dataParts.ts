import type { ByteSource } from '../bytes/byteSource';
import { memoryByteSource } from '../bytes/readChecks';
import { dataFileName } from './bundleIndex';
import type { DataPart, WrittenBundle } from './bundleWriter';
import { READ_CHUNK } from './tensorRead';
import { concatBytes } from '../bytes/concatBytes';

/**
 * Yields a data file's bytes in bounded chunks: in-memory parts as they are, file ranges read
 * piece by piece, so writing a multi-GB shard never holds more than one chunk.
 */
export async function* streamDataParts(
  parts: readonly DataPart[],
  chunkSize = READ_CHUNK,
): AsyncGenerator<Uint8Array> {
  for (const p of parts) {
    if (p instanceof Uint8Array) {
      yield p;
      continue;
    }
    for (let done = 0; done < p.length;) {
      const n = Math.min(chunkSize, p.length - done);
      yield await p.source.read(p.offset + done, n);
      done += n;
    }
  }
}

/** Materializes a (small) data file: tests, the demo checkpoint. */
export async function dataPartsToBytes(parts: readonly DataPart[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of streamDataParts(parts)) chunks.push(c);
  return concatBytes(chunks);
}

/** The files of a written bundle as in-memory ByteSources (`prefix.index`, `prefix.data-…`). */
export async function writtenBundleFiles(prefix: string, bundle: WrittenBundle): Promise<ByteSource[]> {
  const files = [memoryByteSource(`${prefix}.index`, bundle.index)];
  for (let s = 0; s < bundle.shards.length; s++) {
    const name = dataFileName(prefix, s, bundle.shards.length);
    files.push(memoryByteSource(name, await dataPartsToBytes(bundle.shards[s]!)));
  }
  return files;
}

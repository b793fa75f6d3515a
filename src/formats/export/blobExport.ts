/**
 * A re-keyed export as two Blobs for the browser (or a worker): copied tensors are `Blob.slice`s
 * of the files the user opened, so the data file is never built in memory; only produced tensors
 * and the index are real bytes.
 */
import type { ByteSource } from '../bytes/byteSource';
import type { RekeyedExport } from './exportStream';

/** Finds the Blob behind a ByteSource (the one it was opened from), if there is one. */
export type BlobOf = (source: ByteSource) => Blob | undefined;

const ownBlob: BlobOf = (source) => {
  const blob = (source as { blob?: unknown }).blob;
  return blob instanceof Blob ? blob : undefined;
};

const READ_CHUNK = 8 << 20;

export async function exportToBlobs(
  exp: RekeyedExport,
  blobOf: BlobOf = ownBlob,
): Promise<{ index: Blob; data: Blob }> {
  const pieces: BlobPart[] = [];
  for await (const part of exp.parts) {
    if (part instanceof Uint8Array) {
      pieces.push(new Blob([part as Uint8Array<ArrayBuffer>]));
      continue;
    }
    const blob = blobOf(part.source);
    if (blob) {
      pieces.push(blob.slice(part.offset, part.offset + part.length));
      continue;
    }
    // No Blob behind this source: copy its bytes in bounded chunks into Blob pieces.
    for (let done = 0; done < part.length; done += READ_CHUNK) {
      const n = Math.min(READ_CHUNK, part.length - done);
      pieces.push(new Blob([(await part.source.read(part.offset + done, n)) as Uint8Array<ArrayBuffer>]));
    }
  }
  const data = new Blob(pieces, { type: 'application/octet-stream' });
  return {
    index: new Blob([exp.index() as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
    data,
  };
}

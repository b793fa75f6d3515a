// Node-only (CLI, tests, benchmarks): writes a re-keyed export to disk. Never import from app code.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { dataFileName } from '../tensorflow/bundleIndex';
import type { DataPart } from '../tensorflow/bundleWriter';
import type { RekeyedExport } from './exportStream';

const COPY_CHUNK = 8 << 20;

export interface WrittenFiles {
  indexPath: string;
  dataPath: string;
  dataBytes: number;
}

/** The parts as byte chunks, with the next file read already in flight while one is written. */
async function* prefetchedChunks(parts: AsyncIterable<DataPart>): AsyncGenerator<Uint8Array> {
  let inFlight: Promise<Uint8Array> | undefined;
  for await (const part of parts) {
    if (part instanceof Uint8Array) {
      if (inFlight) yield await inFlight;
      inFlight = undefined;
      yield part;
      continue;
    }
    for (let done = 0; done < part.length;) {
      const n = Math.min(COPY_CHUNK, part.length - done);
      const next = part.source.read(part.offset + done, n);
      next.catch(() => undefined); // awaited below; avoids an unhandled rejection in between
      if (inFlight) yield await inFlight;
      inFlight = next;
      done += n;
    }
  }
  if (inFlight) yield await inFlight;
}

async function writeParts(parts: AsyncIterable<DataPart>, path: string): Promise<number> {
  const file = await open(path, 'w');
  let total = 0;
  try {
    for await (const chunk of prefetchedChunks(parts)) {
      await file.write(chunk);
      total += chunk.length;
    }
  } finally {
    await file.close();
  }
  return total;
}

/**
 * Writes `<outPrefix>.data-00000-of-00001` and `<outPrefix>.index`. Both go to temporary names
 * first and are renamed only when complete, so a failed export never leaves a half checkpoint
 * (nor replaces the files it reads from).
 */
export async function writeExportFiles(exp: RekeyedExport, outPrefix: string): Promise<WrittenFiles> {
  const dataPath = dataFileName(outPrefix, 0, 1);
  const indexPath = `${outPrefix}.index`;
  const tmp = `.partial-${process.pid}-${Date.now()}`;
  await mkdir(dirname(indexPath), { recursive: true });
  try {
    const dataBytes = await writeParts(exp.parts, dataPath + tmp);
    const index = await open(indexPath + tmp, 'w');
    try {
      await index.write(exp.index());
    } finally {
      await index.close();
    }
    await rename(dataPath + tmp, dataPath);
    await rename(indexPath + tmp, indexPath);
    return { indexPath, dataPath, dataBytes };
  } catch (e) {
    await rm(dataPath + tmp, { force: true });
    await rm(indexPath + tmp, { force: true });
    throw e;
  }
}

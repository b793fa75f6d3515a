import type { DType, ReadOptions, TensorValues } from '../checkpoint';
import type { BundleEntry } from './bundleEntry';
import type { BundleReader } from './bundleReader';
import { elementSize, numElements } from './dtypes';
import { encodeTensorNameSlice } from './orderedCode';
import { forEachSliceRun, resolveExtents } from './sliceStitch';
import { fixedValues } from './tensorBytes';

/** Largest tensor we assemble in memory (partitioned variables are stitched into one array). */
const MAX_STITCHED_BYTES = 2 ** 31;

/** Reads every slice of a partitioned tensor (each CRC-checked) and stitches the full tensor. */
export async function readPartitioned(
  reader: BundleReader,
  name: string,
  full: BundleEntry,
  dtype: DType,
  options: ReadOptions,
): Promise<TensorValues> {
  const out = allocateLike(
    reader,
    dtype,
    numElements(full.shape),
    name,
    storedSliceBytes(reader, name, full),
  );
  const unit = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
  for (const slice of full.slices ?? []) {
    const extents = resolveExtents(full.shape, slice, name);
    const part = reader.index.sliceEntries.get(encodeTensorNameSlice(name, slice));
    if (!part)
      throw reader.error('NOT_FOUND', name, 'A slice of this partitioned tensor has no entry in the index.');
    const values = await reader.readEntry(
      name,
      { ...part, shape: extents.map((x) => x.length) },
      dtype,
      options,
    );
    forEachSliceRun(full.shape, extents, (dst, src, count) => {
      copyRun(out, values, dst * unit, src * unit, count * unit);
    });
  }
  return out;
}

/** Bytes the slices of a partitioned tensor can really hold: what the shards have room for. */
function storedSliceBytes(reader: BundleReader, name: string, full: BundleEntry): number {
  let stored = 0;
  for (const slice of full.slices ?? []) {
    const part = reader.index.sliceEntries.get(encodeTensorNameSlice(name, slice));
    stored += Math.min(part?.size ?? 0, reader.shardSource(part?.shardId ?? -1)?.size ?? 0);
  }
  return stored;
}

/**
 * Allocates the stitched tensor only when its shape is sane and the slices' stored bytes can fill it
 * (a string element takes at least one length byte), so a hostile index cannot claim huge memory.
 */
function allocateLike(
  reader: BundleReader,
  dtype: DType,
  count: number,
  name: string,
  storedBytes: number,
): TensorValues {
  const bytes = count * Math.max(1, elementSize(dtype));
  if (!Number.isSafeInteger(count) || count < 0) {
    throw reader.error(
      'SHAPE_MISMATCH',
      name,
      `The partitioned tensor has an invalid shape (${count} elements).`,
    );
  }
  if (bytes > storedBytes) {
    const problem = `The partitioned tensor's shape needs ${bytes} bytes but its slices hold only ${storedBytes}.`;
    throw reader.error('SHAPE_MISMATCH', name, problem);
  }
  if (bytes > MAX_STITCHED_BYTES) {
    throw reader.error('TOO_LARGE', name, `The partitioned tensor would need ${bytes} bytes of memory.`);
  }
  if (dtype === 'string') return new Array<Uint8Array>(count).fill(new Uint8Array(0));
  return fixedValues(dtype, new Uint8Array(bytes));
}

function copyRun(out: TensorValues, src: TensorValues, dst: number, from: number, count: number): void {
  if (Array.isArray(out)) {
    for (let i = 0; i < count; i++) out[dst + i] = (src as Uint8Array[])[from + i]!;
    return;
  }
  (out as Uint8Array).set((src as Uint8Array).subarray(from, from + count), dst);
}

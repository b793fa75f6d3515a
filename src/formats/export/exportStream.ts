/**
 * A re-keyed export as a stream: the data file's parts in key order, then the index. Copies stay
 * references to ranges of the input files (adjacent ranges merged); produced tensors are encoded
 * one at a time and handed out, so memory is bounded by the largest transformed tensor, never the
 * whole data file. The index is built by the project's V2 bundle writer.
 */
import { SlimscopeError } from '../../base/errors';
import type { CancelSignal, ProgressCallback } from '../../base/progress';
import type { ByteSource } from '../bytes/byteSource';
import { maskCrc } from '../bytes/crc32c';
import type { DType } from '../checkpoint';
import { BundleWriter, encodeValues, type DataPart } from '../tensorflow/bundleWriter';
import {
  planRekeyedExport,
  type ExportPlan,
  type PlannedTensor,
  type RekeyedExportRequest,
} from './exportPlan';
import { cancelledError } from '../../base/cancel';

export interface ExportStreamOptions {
  signal?: CancelSignal;
  onProgress?: ProgressCallback;
}

export interface RekeyedExport {
  plan: ExportPlan;
  /** The `.data-00000-of-00001` file, part by part; iterate it once, to the end. */
  parts: AsyncGenerator<DataPart>;
  /** The `.index` file; available once `parts` is exhausted. */
  index(): Uint8Array;
}

/** Merged file ranges never exceed this, so a sink reads each in one or a few chunks. */
const MAX_MERGED_RANGE = 8 << 20;

// The bundle writer keeps the parts it is given; the export streams its parts itself, so the
// writer only receives a stand-in of the right length (it must never be read).
const STAND_IN: ByteSource = {
  name: '(streamed export part)',
  size: Number.MAX_SAFE_INTEGER,
  read: () => Promise.reject(new Error('stand-in part of a streamed export is never read')),
};

export const cancelledExport = (): SlimscopeError => cancelledError('The export', '', 'Nothing was kept.');

interface Resolved {
  part: DataPart;
  dtype: DType;
  shape: number[];
  maskedCrc: number;
}

async function resolve(t: PlannedTensor): Promise<Resolved> {
  if (t.copy) {
    const { source, offset, length, dtype, shape, crc32c } = t.copy;
    return { part: { source, offset, length }, dtype, shape, maskedCrc: crc32c };
  }
  if (!t.produce)
    throw new SlimscopeError({
      code: 'INTERNAL',
      file: t.name,
      problem: 'No data for the tensor.',
      hint: '',
    });
  const tensor = await t.produce();
  const { bytes, crc } = encodeValues(tensor.dtype, tensor.shape, tensor.values, t.name, false);
  return { part: bytes, dtype: tensor.dtype, shape: tensor.shape.slice(), maskedCrc: maskCrc(crc) };
}

function extend(a: DataPart | undefined, b: DataPart): DataPart | undefined {
  if (!a || a instanceof Uint8Array || b instanceof Uint8Array) return undefined;
  if (a.source !== b.source || a.offset + a.length !== b.offset || a.length + b.length > MAX_MERGED_RANGE)
    return undefined;
  return { source: a.source, offset: a.offset, length: a.length + b.length };
}

async function* partsOf(
  plan: ExportPlan,
  writer: BundleWriter,
  options: ExportStreamOptions,
): AsyncGenerator<DataPart> {
  let pending: DataPart | undefined;
  let written = 0;
  const started = Date.now();
  for (const [i, t] of plan.tensors.entries()) {
    if (options.signal?.cancelled) throw cancelledExport();
    const { part, dtype, shape, maskedCrc } = await resolve(t);
    const length = part.length;
    writer.addRaw(t.name, dtype, shape, { source: STAND_IN, offset: 0, length }, maskedCrc);
    written += length;
    const merged = extend(pending, part);
    if (merged) pending = merged;
    else {
      if (pending) yield pending;
      pending = part;
    }
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? { bytesPerSecond: written / seconds } : {};
    options.onProgress?.({ phase: 'export', done: i + 1, total: plan.tensors.length, ...rate });
  }
  if (pending) yield pending;
}

/**
 * Starts a re-keyed export: names are the graph's, values copied or produced per entry (transforms
 * already applied by the caller), extras kept under their own names when asked.
 */
export function exportRekeyed(
  request: RekeyedExportRequest,
  options: ExportStreamOptions = {},
): RekeyedExport {
  const plan = planRekeyedExport(request);
  const writer = new BundleWriter();
  let done = false;
  const parts = (async function* () {
    yield* partsOf(plan, writer, options);
    done = true;
  })();
  return {
    plan,
    parts,
    index() {
      if (!done)
        throw new SlimscopeError({
          code: 'INTERNAL',
          file: '',
          problem: 'The index was asked for before the data was written.',
          hint: '',
        });
      return writer.finish().index;
    },
  };
}

import type { Progress, TaskContext } from '../../base/progress';
import type { CheckpointReader, CheckpointVariable } from '../checkpoint';
import { computeTensorStats } from './tensorStats';
import { assertNotCancelled } from '../../base/cancel';
import { NON_NUMERIC } from './tensorSummary';

/** One scanned tensor's counts; only tensors worth flagging are sent back (see below). */
export interface ScannedTensor {
  name: string;
  dtype: string;
  count: number;
  nan: number;
  inf: number;
  zeros: number;
  /** NaN when the tensor has no finite value. */
  min: number;
  max: number;
}

/**
 * The result of a full statistics scan: totals, and only the tensors with NaN/Inf or all zeros,
 * so a 100,000-variable checkpoint does not send 100,000 rows to the main thread.
 */
export interface StatsScanResult {
  scanned: number;
  /** Tensors without numeric statistics (string, resource, complex…). */
  skipped: number;
  bytes: number;
  totals: { values: number; nan: number; inf: number; zeros: number };
  withNonFinite: ScannedTensor[];
  allZero: ScannedTensor[];
  /** Finite range over every scanned tensor (NaN when nothing finite was seen). */
  min: number;
  max: number;
}

/** At most this many progress messages per second leave the scan (the status bar needs few). */
const PROGRESS_INTERVAL_MS = 100;
/** Bytes per read: peak memory stays about two chunks whatever the checkpoint size. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Streams every numeric tensor once (no histogram pass) in bounded chunks, reporting bytes done
 * out of the whole checkpoint's numeric bytes with MB/s; stops at the next chunk on cancel.
 */
export async function scanStatistics(reader: CheckpointReader, ctx: TaskContext): Promise<StatsScanResult> {
  const numeric = reader.variables.filter((v) => !NON_NUMERIC.has(v.dtype));
  const total = numeric.reduce((a, v) => a + v.bytes, 0);
  const result = emptyResult(reader.variables.length - numeric.length, total);
  const report = throttledProgress(total, ctx.onProgress);
  let base = 0;
  for (const v of numeric) {
    assertNotCancelled(ctx.signal);
    const s = await computeTensorStats(reader, v.name, {
      bins: 0,
      chunkBytes: CHUNK_BYTES,
      signal: ctx.signal,
      onProgress: (p) => report(base + (p.total > 0 ? (p.done / p.total) * v.bytes : 0)),
    });
    base += v.bytes;
    report(base);
    addTensor(result, v, {
      name: v.name,
      dtype: v.dtype,
      count: s.count,
      nan: s.nan,
      inf: s.posInf + s.negInf,
      zeros: s.zeros,
      min: s.min,
      max: s.max,
    });
  }
  ctx.onProgress({ phase: 'scanning statistics', done: total, total });
  return result;
}

function emptyResult(skipped: number, bytes: number): StatsScanResult {
  return {
    scanned: 0,
    skipped,
    bytes,
    totals: { values: 0, nan: 0, inf: 0, zeros: 0 },
    withNonFinite: [],
    allZero: [],
    min: NaN,
    max: NaN,
  };
}

function addTensor(result: StatsScanResult, v: CheckpointVariable, t: ScannedTensor): void {
  result.scanned++;
  result.totals.values += t.count;
  result.totals.nan += t.nan;
  result.totals.inf += t.inf;
  result.totals.zeros += t.zeros;
  if (t.nan > 0 || t.inf > 0) result.withNonFinite.push(t);
  else if (t.count > 0 && t.zeros === t.count && v.dtype !== 'bool') result.allZero.push(t);
  if (!Number.isNaN(t.min)) result.min = Number.isNaN(result.min) ? t.min : Math.min(result.min, t.min);
  if (!Number.isNaN(t.max)) result.max = Number.isNaN(result.max) ? t.max : Math.max(result.max, t.max);
}

function throttledProgress(total: number, send: (p: Progress) => void): (done: number) => void {
  const started = Date.now();
  let last = 0;
  return (done) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    const seconds = (now - started) / 1000;
    send({
      phase: 'scanning statistics',
      done: Math.min(done, total),
      total,
      bytesPerSecond: seconds > 0 ? done / seconds : undefined,
    });
  };
}

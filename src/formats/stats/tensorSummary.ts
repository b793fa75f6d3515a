import type { TaskContext } from '../../base/progress';
import type { CheckpointReader, CheckpointVariable, DType, TensorValues } from '../checkpoint';
import { computeTensorStats } from './tensorStats';
import { previewValues } from './valuePreview';

export const HISTOGRAM_BINS = 48;
/** Readers without chunked streaming read the whole tensor for its preview only up to this size. */
const WHOLE_READ_LIMIT = 64 * 1024 * 1024;

export const NON_NUMERIC = new Set(['string', 'resource', 'variant', 'complex64', 'complex128']);

export interface TensorStatsView {
  count: number;
  min: number;
  max: number;
  mean: number;
  std: number;
  nan: number;
  inf: number;
  zeros: number;
}

/** Stats, histogram and the first values of one tensor, for the details panel. */
export interface TensorSummary {
  name: string;
  dtype: DType;
  shape: number[];
  /** Null for dtypes without numeric statistics (string, resource…). */
  stats: TensorStatsView | null;
  histogram: { min: number; max: number; counts: number[] } | null;
  preview: { values: string[]; total: number };
}

/**
 * Statistics (streamed in bounded chunks, CRC-checked by the reader), a histogram and the leading
 * values of one tensor, for the details panel.
 */
export async function summarizeTensor(
  reader: CheckpointReader,
  name: string,
  ctx: TaskContext,
): Promise<TensorSummary> {
  const v = reader.variables.find((x) => x.name === name);
  const numeric = v !== undefined && !NON_NUMERIC.has(v.dtype);
  const stats = numeric
    ? await computeTensorStats(reader, name, {
        bins: HISTOGRAM_BINS,
        signal: ctx.signal,
        onProgress: ctx.onProgress,
      })
    : null;
  const head = await leadingValues(reader, name, v, ctx);
  const total = v ? v.shape.reduce((a, b) => a * b, 1) : 0;
  return {
    name,
    dtype: v?.dtype ?? 'float32',
    shape: v?.shape ?? [],
    stats: stats && {
      count: stats.count,
      min: stats.min,
      max: stats.max,
      mean: stats.mean,
      std: stats.std,
      nan: stats.nan,
      inf: stats.posInf + stats.negInf,
      zeros: stats.zeros,
    },
    histogram: stats && stats.finite > 0 ? stats.histogram : null,
    preview: { values: head && v ? previewValues(v.dtype, head) : [], total },
  };
}

interface Streaming {
  streamTensor(name: string, options: { signal?: TaskContext['signal'] }): AsyncGenerator<TensorValues>;
}

/** The first chunk of a streamable tensor, or the whole tensor when it is small enough. */
async function leadingValues(
  reader: CheckpointReader,
  name: string,
  v: CheckpointVariable | undefined,
  ctx: TaskContext,
): Promise<TensorValues | null> {
  const r = reader as CheckpointReader & Partial<Streaming>;
  if (typeof r.streamTensor === 'function' && v && v.dtype !== 'string') {
    const chunks = r.streamTensor(name, { signal: ctx.signal });
    const first = await chunks.next();
    await chunks.return(undefined);
    return first.done ? null : first.value;
  }
  if (v && v.bytes > WHOLE_READ_LIMIT) return null;
  return (await reader.readTensor(name, { signal: ctx.signal })).values;
}

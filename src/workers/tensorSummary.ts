import type { CheckpointReader, DType, TensorValues } from '../formats/checkpoint';
import type { TensorStatsView, TensorSummary } from './checkpointCatalogue';
import type { RequestContext } from './serve';
import { bfloat16ToFloat, halfToFloat, previewValues } from './valuePreview';

export const HISTOGRAM_BINS = 48;

/** Reads one tensor (CRC-checked by the reader) and summarizes it for the details panel. */
export async function summarizeTensor(
  reader: CheckpointReader,
  name: string,
  ctx: RequestContext,
): Promise<TensorSummary> {
  const tensor = await reader.readTensor(name, { signal: ctx.signal, onProgress: ctx.onProgress });
  const total = tensor.shape.reduce((a, b) => a * b, 1);
  const numeric = toNumbers(tensor.dtype, tensor.values);
  const summary: TensorSummary = {
    name,
    dtype: tensor.dtype,
    shape: tensor.shape,
    stats: null,
    histogram: null,
    preview: { values: previewValues(tensor.dtype, tensor.values), total },
  };
  if (numeric) {
    summary.stats = numericStats(numeric);
    summary.histogram = histogram(numeric, summary.stats, HISTOGRAM_BINS);
  }
  return summary;
}

type Numbers = { length: number; at(i: number): number };

function toNumbers(dtype: DType, values: TensorValues): Numbers | null {
  if (Array.isArray(values) || dtype === 'complex64' || dtype === 'complex128') return null;
  if (dtype === 'float16') return { length: values.length, at: (i) => halfToFloat(Number(values[i])) };
  if (dtype === 'bfloat16') return { length: values.length, at: (i) => bfloat16ToFloat(Number(values[i])) };
  return { length: values.length, at: (i) => Number(values[i]) };
}

export function numericStats(x: Numbers): TensorStatsView {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sumSq = 0;
  let count = 0;
  let nan = 0;
  let inf = 0;
  let zeros = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x.at(i);
    if (Number.isNaN(v)) nan++;
    else if (!Number.isFinite(v)) inf++;
    else {
      if (v === 0) zeros++;
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
      sumSq += v * v;
      count++;
    }
  }
  const mean = count ? sum / count : NaN;
  const variance = count ? Math.max(0, sumSq / count - mean * mean) : NaN;
  return {
    count: x.length,
    min: count ? min : NaN,
    max: count ? max : NaN,
    mean,
    std: Math.sqrt(variance),
    nan,
    inf,
    zeros,
  };
}

function histogram(x: Numbers, stats: TensorStatsView, bins: number): TensorSummary['histogram'] {
  if (!Number.isFinite(stats.min) || !Number.isFinite(stats.max)) return null;
  const counts = new Array<number>(bins).fill(0);
  const span = stats.max - stats.min || 1;
  for (let i = 0; i < x.length; i++) {
    const v = x.at(i);
    if (!Number.isFinite(v)) continue;
    const b = Math.min(bins - 1, Math.floor(((v - stats.min) / span) * bins));
    counts[b]!++;
  }
  return { min: stats.min, max: stats.max, counts };
}

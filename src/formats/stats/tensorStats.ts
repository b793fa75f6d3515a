import { SlimscopeError } from '../../base/errors';
import type { CheckpointReader, DType, ReadOptions, TensorValues } from '../checkpoint';
import { forEachNumber } from './numbers';

export interface Histogram {
  /** Range of the bins: [min, max] of the finite values. */
  min: number;
  max: number;
  counts: number[];
}

export interface TensorStats {
  count: number;
  /** Finite values (min/max/mean/std and the histogram are over these). */
  finite: number;
  nan: number;
  posInf: number;
  negInf: number;
  zeros: number;
  min: number;
  max: number;
  mean: number;
  /** Population standard deviation. */
  std: number;
  histogram: Histogram;
}

export interface StatsOptions extends ReadOptions {
  /** Histogram bins (default 64); 0 skips the histogram pass, so the tensor is read once. */
  bins?: number;
  /** Bytes per chunk (default 4 MiB): memory stays bounded whatever the tensor size. */
  chunkBytes?: number;
}

/** Readers that can stream a tensor in chunks (TF V2 bundles); others are read whole. */
interface Streaming {
  streamTensor(name: string, options: StatsOptions): AsyncGenerator<TensorValues>;
}

/** A tensor's values in bounded chunks when the reader can stream, else whole in one chunk. */
export function chunksOf(
  reader: CheckpointReader,
  name: string,
  options: StatsOptions,
): AsyncIterable<TensorValues> {
  const r = reader as CheckpointReader & Partial<Streaming>;
  if (typeof r.streamTensor === 'function') return r.streamTensor(name, options);
  return (async function* () {
    yield (await reader.readTensor(name, options)).values;
  })();
}

/**
 * Streams one tensor twice in bounded chunks: pass 1 gives counts, min/max and mean/std (chunk
 * moments merged with Chan's formula, CRC verified by the reader), pass 2 the histogram.
 * Progress covers both passes (done/total in bytes of the two reads).
 */
export async function computeTensorStats(
  reader: CheckpointReader,
  name: string,
  options: StatsOptions = {},
): Promise<TensorStats> {
  const v = reader.variables.find((x) => x.name === name);
  if (!v)
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: name,
      problem: 'No such tensor.',
      hint: 'Pick a listed variable.',
    });
  if (v.dtype === 'string' || v.dtype === 'resource' || v.dtype === 'variant') {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: name,
      problem: `Statistics need numbers; this tensor is ${v.dtype}.`,
      hint: 'Statistics are shown for numeric and bool tensors only.',
    });
  }
  const bins = options.bins ?? 64;
  const passes = bins > 0 ? 2 : 1;
  const pass = (offset: number): StatsOptions => ({
    ...options,
    onProgress: (p) =>
      options.onProgress?.({
        ...p,
        phase: `statistics of ${name}`,
        done: offset + p.done,
        total: passes * p.total,
      }),
  });
  const acc = new Moments();
  for await (const chunk of chunksOf(reader, name, pass(0))) acc.add(v.dtype, chunk);
  const counts = new Array<number>(bins).fill(0);
  if (acc.finite > 0 && bins > 0) {
    const width = (acc.max - acc.min) / bins;
    for await (const chunk of chunksOf(reader, name, pass(v.bytes))) {
      forEachNumber(v.dtype, chunk, (x) => {
        if (!Number.isFinite(x)) return;
        const i = width > 0 ? Math.min(bins - 1, Math.floor((x - acc.min) / width)) : 0;
        counts[i]!++;
      });
    }
  }
  return acc.result({ min: acc.finite ? acc.min : 0, max: acc.finite ? acc.max : 0, counts });
}

/** Running counts and moments over chunks. */
class Moments {
  count = 0;
  finite = 0;
  nan = 0;
  posInf = 0;
  negInf = 0;
  zeros = 0;
  min = Infinity;
  max = -Infinity;
  private mean = 0;
  private m2 = 0;

  add(dtype: DType, chunk: TensorValues): void {
    // Shifted sums (by the chunk's first finite value) keep the variance exact enough without
    // storing the chunk; chunk moments are then merged with Chan's formula.
    let n = 0;
    let shift = NaN;
    let sum = 0;
    let sumSq = 0;
    forEachNumber(dtype, chunk, (x) => {
      this.count++;
      if (x !== x) return void this.nan++;
      if (x === Infinity) return void this.posInf++;
      if (x === -Infinity) return void this.negInf++;
      if (x === 0) this.zeros++;
      if (x < this.min) this.min = x;
      if (x > this.max) this.max = x;
      if (n++ === 0) shift = x;
      const d = x - shift;
      sum += d;
      sumSq += d * d;
    });
    if (n === 0) return;
    const mean = shift + sum / n;
    const m2 = Math.max(0, sumSq - (sum * sum) / n);
    const total = this.finite + n;
    const delta = mean - this.mean;
    this.mean += (delta * n) / total;
    this.m2 += m2 + (delta * delta * this.finite * n) / total;
    this.finite = total;
  }

  result(histogram: Histogram): TensorStats {
    const { count, finite, nan, posInf, negInf, zeros } = this;
    const min = finite ? this.min : NaN;
    const max = finite ? this.max : NaN;
    const std = finite ? Math.sqrt(this.m2 / finite) : NaN;
    return {
      count,
      finite,
      nan,
      posInf,
      negInf,
      zeros,
      min,
      max,
      mean: finite ? this.mean : NaN,
      std,
      histogram,
    };
  }
}

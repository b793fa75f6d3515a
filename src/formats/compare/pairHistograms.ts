import type { TensorData } from '../checkpoint';
import type { Histogram } from '../stats/tensorStats';
import type { CompareSide } from './comparePair';
import { asNumbers, type NumberView } from './numbers';

/** Value histograms of a and b over one shared range (to overlay), and the histogram of a − b. */
export interface PairHistograms {
  a: Histogram;
  b: Histogram;
  /** Null when the sizes differ (no element-wise difference). */
  diff: Histogram | null;
}

function range(views: NumberView[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of views) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
}

function histogram(
  v: NumberView,
  min: number,
  max: number,
  bins: number,
  at = (i: number) => v[i]!,
): Histogram {
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (let i = 0; i < v.length; i++) {
    const x = at(i);
    if (!Number.isFinite(x)) continue;
    counts[width > 0 ? Math.min(bins - 1, Math.max(0, Math.floor((x - min) / width))) : 0]!++;
  }
  return { min, max, counts };
}

async function readSide(side: CompareSide): Promise<TensorData> {
  const t = await side.reader.readTensor(side.name);
  return side.prepare ? side.prepare(t) : t;
}

/** Reads both tensors whole (one pair: memory is the two tensors) and bins them. */
export async function pairHistograms(
  sideA: CompareSide,
  sideB: CompareSide,
  bins = 48,
): Promise<PairHistograms> {
  const ta = await readSide(sideA);
  const tb = await readSide(sideB);
  const a = asNumbers(ta.dtype, ta.values);
  const b = asNumbers(tb.dtype, tb.values);
  const shared = range([a, b]);
  const result: PairHistograms = {
    a: histogram(a, shared.min, shared.max, bins),
    b: histogram(b, shared.min, shared.max, bins),
    diff: null,
  };
  if (a.length !== b.length) return result;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (!Number.isFinite(min)) ({ min, max } = { min: 0, max: 0 });
  result.diff = histogram(a, min, max, bins, (i) => a[i]! - b[i]!);
  return result;
}

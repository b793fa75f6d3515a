import * as tf from '@tensorflow/tfjs-core';
import { hostView } from './hostView';

/** Statistics of one activation tensor; mean/std/min/max are over its finite values. */
export interface ActivationStats {
  name: string;
  shape: number[];
  mean: number;
  std: number;
  min: number;
  max: number;
  nanCount: number;
  infCount: number;
}

type Moments = Omit<ActivationStats, 'name' | 'shape'>;

/** [mean, std, min, max, nanCount, infCount] computed on the backend (one small download later). */
export function statsTensor(x: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const flat = tf.reshape(x, [-1]);
    const nan = tf.isNaN(flat);
    const inf = tf.isInf(flat);
    const finite = tf.logicalNot(tf.logicalOr(nan, inf));
    const zeros = tf.zerosLike(flat);
    const values = tf.where(finite, flat, zeros);
    const count = tf.maximum(tf.sum(tf.cast(finite, 'float32')), tf.scalar(1));
    const mean = tf.div(tf.sum(values), count);
    const centered = tf.where(finite, tf.sub(flat, mean), zeros);
    const std = tf.sqrt(tf.div(tf.sum(tf.square(centered)), count));
    const min = tf.min(tf.where(finite, flat, tf.fill(flat.shape, Infinity)));
    const max = tf.max(tf.where(finite, flat, tf.fill(flat.shape, -Infinity)));
    const counts = [nan, inf].map((m) => tf.sum(tf.cast(m, 'float32')));
    return tf.stack([mean, std, min, max, ...counts]) as tf.Tensor1D;
  });
}

/**
 * The same statistics in one pass over values already in host memory (float64 sums; the spread
 * about the first finite value, so a large mean does not cancel the variance away).
 */
export function hostMoments(values: ArrayLike<number>): Moments {
  let nanCount = 0;
  let infCount = 0;
  let count = 0;
  let pivot = NaN;
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v - v !== 0) {
      if (v !== v) nanCount++;
      else infCount++;
      continue;
    }
    if (count === 0) pivot = v;
    const d = v - pivot;
    sum += d;
    sumSq += d * d;
    count++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) return { mean: 0, std: 0, min: Infinity, max: -Infinity, nanCount, infCount };
  const shift = sum / count;
  return {
    mean: pivot + shift,
    std: Math.sqrt(Math.max(0, sumSq / count - shift * shift)),
    min,
    max,
    nanCount,
    infCount,
  };
}

/** Where the statistics are computed: in JS for backends whose tensors live in host memory. */
export type StatsPlace = 'host' | 'backend';

/** WASM and CPU tensors are host memory: one JS pass beats a dozen single-threaded kernels. */
export function statsPlaceFor(backend: string): StatsPlace {
  return backend === 'wasm' || backend === 'cpu' ? 'host' : 'backend';
}

/** Collects statistics per end point during a run (pass `collector.onEndpoint` to the runner). */
export class ActivationStatsCollector {
  private readonly done: ActivationStats[] = [];
  /** Milliseconds spent computing and reading the statistics (they run inline with the forward pass on host backends). */
  elapsedMs = 0;
  private readonly pending: { index: number; name: string; shape: number[]; stats: tf.Tensor1D }[] = [];

  constructor(private readonly place: StatsPlace = statsPlaceFor(tf.getBackend())) {}

  readonly onEndpoint = (name: string, value: tf.Tensor): void => {
    const start = performance.now();
    if (this.place === 'host') {
      this.done.push({ name, shape: value.shape, ...hostMoments(hostView(value)) });
    } else {
      const stats = tf.keep(statsTensor(value));
      this.pending.push({ index: this.done.length, name, shape: value.shape, stats });
      this.done.push({ name, shape: value.shape, ...hostMoments([]) });
    }
    this.elapsedMs += performance.now() - start;
  };

  /** Downloads any statistics still on the backend, frees their tensors and answers all in order. */
  async read(): Promise<ActivationStats[]> {
    const start = performance.now();
    for (const p of this.pending.splice(0)) {
      const [mean = 0, std = 0, min = 0, max = 0, nanCount = 0, infCount = 0] = await p.stats.data();
      p.stats.dispose();
      this.done[p.index] = { name: p.name, shape: p.shape, mean, std, min, max, nanCount, infCount };
    }
    this.elapsedMs += performance.now() - start;
    return this.done.splice(0);
  }
}

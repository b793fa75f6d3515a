import * as tf from '@tensorflow/tfjs-core';

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

/** Collects statistics per end point during a run (pass `collector.onEndpoint` to the runner). */
export class ActivationStatsCollector {
  private readonly pending: { name: string; shape: number[]; stats: tf.Tensor1D }[] = [];

  readonly onEndpoint = (name: string, value: tf.Tensor): void => {
    this.pending.push({ name, shape: value.shape, stats: tf.keep(statsTensor(value)) });
  };

  /** Downloads the statistics and frees their tensors. */
  async read(): Promise<ActivationStats[]> {
    const out: ActivationStats[] = [];
    for (const p of this.pending.splice(0)) {
      const [mean = 0, std = 0, min = 0, max = 0, nanCount = 0, infCount = 0] = await p.stats.data();
      p.stats.dispose();
      out.push({ name: p.name, shape: p.shape, mean, std, min, max, nanCount, infCount });
    }
    return out;
  }
}

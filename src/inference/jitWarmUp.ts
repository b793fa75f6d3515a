import * as tf from '@tensorflow/tfjs-core';
import type { NasnetRunner } from '../model/nasnet/forward';
import { ActivationStatsCollector } from './activationStats';

export interface JitWarmUpOptions {
  runs?: number;
  budgetMs?: number;
  /** Side of the square input (the cells take any size; compute grows with its square). */
  size?: number;
}

/**
 * Runs the model on a tiny input until V8 has optimized the JS of a forward pass (TF.js's engine
 * and kernels, the runner, the statistics): ~1000 ops per pass reach TurboFan only after 20–30
 * passes, and on 2 WASM threads a full-size pass keeps both cores busy, so those compile jobs
 * starve and the first real runs are slow. A tiny input leaves a core free for them. Answers the
 * passes run.
 */
export function warmUpJit(
  runner: NasnetRunner,
  { runs = 30, budgetMs = 600, size = 32 }: JitWarmUpOptions = {},
): number {
  const x = tf.zeros([1, size, size, 3]) as tf.Tensor4D;
  const start = performance.now();
  let done = 0;
  try {
    while (done < runs && performance.now() - start < budgetMs) {
      const collector = new ActivationStatsCollector();
      const out = runner.run(x, { onEndpoint: collector.onEndpoint });
      for (const t of new Set(Object.values(out.endpoints))) t.dispose();
      done++;
    }
  } finally {
    x.dispose();
  }
  return done;
}

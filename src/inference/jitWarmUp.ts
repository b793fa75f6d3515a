import * as tf from '@tensorflow/tfjs-core';
import { classify, type LoadedNasnet } from './nasnetModel';
import { preprocessInceptionValues, type RgbImage } from './preprocess';

export interface JitWarmUpOptions {
  runs?: number;
  budgetMs?: number;
  /** Side of the square input (the cells take any size; compute grows with its square). */
  size?: number;
}

/**
 * Runs what a Verify run runs (preprocessing a photo, the forward pass, activation statistics,
 * downloads, top-5) on a tiny input until V8 has optimized its JS: the ~450 kernel calls of a
 * pass reach TurboFan only after tens of passes, and the once-per-run code (preprocessing,
 * softmax, top-5) later still. Compiled during real runs, those jobs take a core from a
 * 2-thread forward pass on a 2-core machine (traced: up to ~16 ms of TurboFan per pass). A tiny
 * input leaves a core free for them. Answers the passes run.
 */
export async function warmUpJit(
  loaded: LoadedNasnet,
  { runs = 60, budgetMs = 600, size = 32 }: JitWarmUpOptions = {},
): Promise<number> {
  const x = tf.zeros([1, size, size, 3]) as tf.Tensor4D;
  const photo = syntheticPhoto(loaded.config.imageSize + 32);
  const start = performance.now();
  let done = 0;
  try {
    while (done < runs && performance.now() - start < budgetMs) {
      preprocessInceptionValues(photo, loaded.config.imageSize);
      await classify(loaded, x, { stats: true, anySize: true });
      done++;
    }
  } finally {
    x.dispose();
  }
  return done;
}

/** An RGBA gradient a bit larger than the model input (so the crop and resize both run). */
function syntheticPhoto(side: number): RgbImage {
  const data = new Uint8ClampedArray(side * side * 4);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 255;
  return { width: side, height: side, channels: 4, data };
}

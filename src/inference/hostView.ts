import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/**
 * A float32 tensor's values where they already are in host memory: a view of the WASM heap (its
 * `dataSync` copies every tensor, which for a run's end points is megabytes of garbage per image
 * and a major GC in the middle of the next forward pass), or the CPU backend's own array. Valid
 * only until the next op runs (the heap may grow); read it at once and keep nothing.
 */
export function hostView(t: tf.Tensor): ArrayLike<number> {
  if (t.dtype === 'float32' && tf.getBackend() === 'wasm') {
    return (tf.backend() as unknown as BackendWasm).typedArrayFromHeap(t);
  }
  return t.dataSync();
}

import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { hostView } from './hostView';
import { useNodeBackend } from './nodeBackend';

describe('hostView', () => {
  afterAll(() => useNodeBackend('cpu'));

  it('reads a WASM tensor in place on the heap, with the values dataSync copies', async () => {
    await useNodeBackend('wasm');
    const t = tf.add(
      tf.tensor4d(
        Float32Array.from({ length: 24 }, (_, i) => i - 7.5),
        [1, 2, 3, 4],
      ),
      1,
    );
    const view = hostView(t) as Float32Array;
    expect(view.buffer).toBe((tf.backend() as unknown as BackendWasm).wasm.HEAPU8.buffer);
    expect(Array.from(view)).toEqual(Array.from(t.dataSync()));
    t.dispose();
  });

  it('answers the values themselves elsewhere (CPU)', async () => {
    await useNodeBackend('cpu');
    const t = tf.tensor1d([1, 2, 3]);
    expect(Array.from(hostView(t))).toEqual([1, 2, 3]);
    t.dispose();
  });
});

import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileModel, modelGraph } from '../model/catalogue';
import { NasnetRunner } from '../model/nasnet/forward';
import { syntheticWeights } from '../testing/syntheticWeights';
import { useNodeBackend } from './nodeBackend';

describe('the runner on the WASM heap', () => {
  let runner: NasnetRunner;
  let x: tf.Tensor4D;
  beforeAll(async () => {
    await useNodeBackend('wasm');
    const graph = modelGraph('nasnet-mobile', 'inference');
    runner = new NasnetRunner(compileModel('nasnet-mobile', syntheticWeights(graph.variables)));
    x = tf.randomUniform([1, 32, 32, 3], -1, 1, 'float32', 3) as tf.Tensor4D;
  });
  afterAll(async () => {
    runner.dispose();
    x.dispose();
    await useNodeBackend('cpu');
  });

  it('hands end points over as tensors and keeps no other buffer', () => {
    const buffers = tf.backend().numDataIds();
    const seen: string[] = [];
    const out = runner.run(x, {
      keepEndpoints: ['Cell_3'],
      onEndpoint: (name, t) => {
        expect(t).toBeInstanceOf(tf.Tensor);
        seen.push(name);
      },
    });
    expect(seen).toEqual(expect.arrayContaining(['Cell_3', 'global_pool', 'Logits', 'Predictions']));
    expect(Object.keys(out.endpoints).sort()).toEqual(['Cell_3', 'Logits', 'Predictions']);
    expect(out.predictions.shape).toEqual([1, 1001]);
    const p = Array.from(out.predictions.dataSync());
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    // Kept tensors are the only buffers left.
    expect(tf.backend().numDataIds()).toBe(buffers + 3);
    tf.dispose(Object.values(out.endpoints));
    expect(tf.backend().numDataIds()).toBe(buffers);
  });

  it('frees every buffer it made when a step fails midway, and runs again afterwards', () => {
    const backend = tf.backend() as BackendWasm;
    const buffers = backend.numDataIds();
    const makeOutput = backend.makeOutput.bind(backend);
    let left = 150;
    backend.makeOutput = (...args: Parameters<BackendWasm['makeOutput']>) => {
      if (--left < 0) throw new Error('out of memory (simulated)');
      return makeOutput(...args);
    };
    try {
      expect(() => runner.run(x)).toThrow('out of memory (simulated)');
    } finally {
      backend.makeOutput = makeOutput;
    }
    expect(backend.numDataIds()).toBe(buffers);
    const out = runner.run(x);
    expect(Array.from(out.logits.dataSync()).every(Number.isFinite)).toBe(true);
    tf.dispose(Object.values(out.endpoints));
    expect(backend.numDataIds()).toBe(buffers);
  });
});

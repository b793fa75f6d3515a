import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileModel, modelGraph } from '../model/catalogue';
import { NasnetRunner } from '../model/nasnet/forward';
import { PROGRAM_INPUT, type NasnetProgram, type Step } from '../model/nasnet/programTypes';
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

/** Every step kind, on tiny shapes: the heap path (WASM) must compute what TF.js ops compute (CPU). */
function everyStepKind(): NasnetProgram {
  let seed = 5;
  const rand = (n: number) =>
    Float32Array.from({ length: n }, () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5);
  const w = (...shape: number[]) => ({ values: rand(shape.reduce((a, b) => a * b, 1)), shape });
  const steps: Step[] = [
    { id: 'shift', kind: 'shift', inputs: [PROGRAM_INPUT] },
    { id: 'pool', kind: 'avg_pool', inputs: ['shift'], kernel: 3, stride: 1, padding: 'SAME' },
    { id: 'cat', kind: 'concat', inputs: ['shift', 'pool', PROGRAM_INPUT] },
    { id: 'bn', kind: 'affine', inputs: ['cat'], scale: rand(12), offset: rand(12) },
    { id: 'relu', kind: 'relu', inputs: ['bn'] },
    { id: 'max', kind: 'max_pool', inputs: ['relu'], kernel: 2, stride: 2, padding: 'VALID' },
    { id: 'conv3', kind: 'conv', inputs: ['max'], weights: w(3, 3, 12, 5), bias: rand(5), stride: 1, padding: 'SAME', activation: 'relu' },
    { id: 'shifted', kind: 'conv', inputs: ['conv3'], weights: w(1, 1, 5, 6), bias: null, stride: 2, padding: 'VALID', activation: 'linear', shifted: true },
    { id: 'pw', kind: 'conv', inputs: ['conv3'], weights: w(1, 1, 5, 6), bias: rand(6), stride: 1, padding: 'VALID', activation: 'linear' },
    { id: 'sep7', kind: 'separable', inputs: ['pw'], depthwise: w(7, 7, 6, 1), pointwise: w(1, 1, 6, 6), bias: rand(6), stride: 2, activation: 'relu' },
    { id: 'sep3', kind: 'separable', inputs: ['shifted'], depthwise: w(3, 3, 6, 1), pointwise: w(1, 1, 6, 6), bias: null, stride: 1, activation: 'linear' },
    { id: 'sum', kind: 'add', inputs: ['sep7', 'sep3'] },
    { id: 'gap', kind: 'global_pool', inputs: ['sum'] },
    { id: 'flat', kind: 'flatten', inputs: ['gap'] },
    { id: 'logits', kind: 'fc', inputs: ['flat'], weights: w(6, 4), bias: rand(4) },
    { id: 'probs', kind: 'softmax', inputs: ['logits'] },
  ]; // prettier-ignore
  return {
    steps,
    endpoints: { Mixed: 'relu', Sum: 'sum', Logits: 'logits', Predictions: 'probs' },
    logits: 'logits',
    predictions: 'probs',
  };
}

describe('every step kind on the WASM heap', () => {
  afterAll(() => useNodeBackend('cpu'));

  it('matches the TF.js ops on CPU, end point by end point, and leaves only what it hands over', async () => {
    const program = everyStepKind();
    const names = Object.keys(program.endpoints);
    const input = Float32Array.from({ length: 2 * 9 * 9 * 4 }, (_, i) => Math.sin(i * 0.31));
    const endpoints = async (backend: 'cpu' | 'wasm') => {
      await useNodeBackend(backend);
      const runner = new NasnetRunner(program);
      const x = tf.tensor4d(input, [2, 9, 9, 4]);
      const buffers = tf.backend().numDataIds();
      const out = runner.run(x, { keepEndpoints: names });
      const values = new Map(names.map((n) => [n, out.endpoints[n]!.dataSync().slice()]));
      expect(tf.backend().numDataIds()).toBe(buffers + names.length);
      tf.dispose([x, ...Object.values(out.endpoints)]);
      runner.dispose();
      return values;
    };
    const want = await endpoints('cpu');
    const got = await endpoints('wasm');
    for (const name of names) {
      const [a, b] = [want.get(name)!, got.get(name)!];
      expect(b.length, name).toBe(a.length);
      const scale = Math.max(...Array.from(a, Math.abs));
      const diff = Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i]!)));
      expect(diff, name).toBeLessThanOrEqual(1e-5 * scale);
    }
  });
});

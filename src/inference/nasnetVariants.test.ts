import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useNodeBackend } from './nodeBackend';
import { relError } from '../testing/relError';
import { compileNasnet } from '../model/nasnet/compile';
import type { NasnetModelName } from '../model/nasnet/configs';
import { NasnetRunner } from '../model/nasnet/forward';
import { nasnetGraph } from '../model/nasnet/graph';
import { syntheticWeights as syntheticWeightsOf } from '../testing/syntheticWeights';

const syntheticWeights = (model: NasnetModelName) =>
  syntheticWeightsOf(nasnetGraph(model, 'inference').variables);

async function logitsOf(runner: NasnetRunner, x: tf.Tensor4D): Promise<Float32Array> {
  const out = runner.run(x);
  const values = (await out.logits.data()) as Float32Array;
  for (const t of new Set(Object.values(out.endpoints))) t.dispose();
  return values;
}

describe('NasnetRunner on the CIFAR and Large configs', () => {
  beforeAll(() => useNodeBackend('wasm'));

  it('CIFAR: folded and unfolded batch norm, split and whole 7x7 depthwise agree; no tensor leaks', async () => {
    const graph = nasnetGraph('nasnet-cifar', 'inference');
    const weights = syntheticWeights('nasnet-cifar');
    const x = tf.randomUniform([2, 32, 32, 3], -1, 1, 'float32', 3) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    const folded = new NasnetRunner(compileNasnet(graph, weights), { splitDepthwise: true });
    const plain = new NasnetRunner(compileNasnet(graph, weights, { foldBatchNorm: false }), {
      splitDepthwise: false,
    });
    const a = await logitsOf(folded, x);
    const b = await logitsOf(plain, x);
    expect(a).toHaveLength(20);
    expect(a.every(Number.isFinite)).toBe(true);
    expect(relError(a, b)).toBeLessThan(1e-4);
    folded.dispose();
    plain.dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  }, 60_000);

  it('Large (331×331, skip_reduction_layer_input) runs end to end to 1001 finite logits', async () => {
    const graph = nasnetGraph('nasnet-large', 'inference');
    const runner = new NasnetRunner(compileNasnet(graph, syntheticWeights('nasnet-large')));
    const x = tf.randomUniform([1, 331, 331, 3], -1, 1, 'float32', 5) as tf.Tensor4D;
    const out = runner.run(x, { keepEndpoints: ['Stem', 'Reduction_Cell_1', 'global_pool'] });
    expect(out.endpoints.Stem?.shape).toEqual([1, 42, 42, 336]);
    expect(out.endpoints.Reduction_Cell_1?.shape).toEqual([1, 11, 11, 2688]);
    expect(out.endpoints.global_pool?.shape).toEqual([1, 4032]);
    const logits = await out.logits.data();
    expect(logits).toHaveLength(1001);
    expect(Array.from(logits).every(Number.isFinite)).toBe(true);
    for (const t of new Set(Object.values(out.endpoints))) t.dispose();
    runner.dispose();
    x.dispose();
  }, 180_000);
});

import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileNasnet } from '../model/nasnet/compile';
import { NasnetRunner } from '../model/nasnet/forward';
import { pnasnetGraph } from '../model/pnasnet/graph';
import { syntheticWeights } from '../testing/syntheticWeights';
import { useNodeBackend } from './nodeBackend';
import { relError } from '../testing/relError';

const KEEP = ['Stem', 'Cell_3', 'Cell_4', 'Cell_7', 'Cell_8', 'Cell_11', 'global_pool'];

async function endpointsOf(runner: NasnetRunner, x: tf.Tensor4D): Promise<Map<string, Float32Array>> {
  const out = runner.run(x, { keepEndpoints: KEEP });
  const values = new Map<string, Float32Array>();
  for (const [name, t] of Object.entries(out.endpoints)) values.set(name, (await t.data()) as Float32Array);
  for (const [name, t] of Object.entries(out.endpoints))
    values.set(`${name}:shape`, Float32Array.from(t.shape));
  for (const t of new Set(Object.values(out.endpoints))) t.dispose();
  return values;
}

// No reference output exists for Large: it is held to its shapes, finite values, and agreement of
// the folded program (BN in the kernels, split 7x7 depthwise) with the plain one (explicit BN).
describe('PNASNet-5 Large on generated weights', () => {
  beforeAll(() => useNodeBackend('wasm'));

  it('331×331 runs end to end; folded and unfolded batch norm agree; end point shapes; no leak', async () => {
    const graph = pnasnetGraph('pnasnet-large', 'inference');
    const weights = syntheticWeights(graph.variables);
    const x = tf.randomUniform([1, 331, 331, 3], -1, 1, 'float32', 5) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    const folded = new NasnetRunner(compileNasnet(graph, weights), { splitDepthwise: true });
    const a = await endpointsOf(folded, x);
    folded.dispose();
    const plain = new NasnetRunner(compileNasnet(graph, weights, { foldBatchNorm: false }), {
      splitDepthwise: false,
    });
    const b = await endpointsOf(plain, x);
    plain.dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
    const shape = (name: string) => Array.from(a.get(`${name}:shape`) ?? []);
    expect(shape('Stem')).toEqual([1, 42, 42, 540]);
    expect(shape('Cell_3')).toEqual([1, 42, 42, 1080]);
    expect(shape('Cell_4')).toEqual([1, 21, 21, 2160]);
    expect(shape('Cell_8')).toEqual([1, 11, 11, 4320]);
    expect(shape('global_pool')).toEqual([1, 4320]);
    expect(shape('Logits')).toEqual([1, 1001]);
    for (const name of [...KEEP, 'Logits']) {
      const got = a.get(name) as Float32Array;
      expect(got.every(Number.isFinite), name).toBe(true);
      expect(relError(got, b.get(name) as Float32Array), name).toBeLessThan(1e-4);
    }
  }, 600_000);
});

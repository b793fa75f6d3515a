import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNpy } from '../formats/numpy/npy';
import { openNodeCheckpoint } from '../formats/openNode';
import { modelGraph } from '../model/catalogue';
import { compileNasnet, weightLookup } from '../model/nasnet/compile';
import { layoutFor, NasnetRunner } from '../model/nasnet/forward';
import { loadNasnetWeights } from '../model/nasnet/weights';
import { haveSharedFixtures, oracleDir } from '../testing/fixtures';
import { useNodeBackend } from './nodeBackend';

const oracle = (f: string) => join(oracleDir, 'nasnet-mobile', f);

describe.skipIf(!haveSharedFixtures())('1x1 convs as matrix products (NASNet-A Mobile oracle)', () => {
  it('is the default on WASM only, and gives the end points of the conv path', async () => {
    await useNodeBackend('cpu');
    expect(layoutFor().pointwiseMatMul).toBe(false);
    await useNodeBackend('wasm');
    expect(layoutFor()).toEqual({ splitDepthwise: true, pointwiseMatMul: true });
    const reader = await openNodeCheckpoint(oracle('model.ckpt'));
    const graph = modelGraph('nasnet-mobile', 'inference');
    const { values } = await loadNasnetWeights(reader, graph.variables, null);
    const program = compileNasnet(graph, weightLookup(values, 'oracle'));
    const input = decodeNpy(readFileSync(oracle('input.npy')), 'input.npy');
    const x = tf.tensor4d(input.values as Float32Array, input.shape as [number, number, number, number]);
    const names = Object.keys(program.endpoints);
    const endpoints = (pointwiseMatMul: boolean) => {
      const runner = new NasnetRunner(program, { pointwiseMatMul });
      const r = runner.run(x, { keepEndpoints: names });
      const out = new Map(names.map((n) => [n, r.endpoints[n]!.dataSync() as Float32Array]));
      tf.dispose(Object.values(r.endpoints));
      runner.dispose();
      return out;
    };
    const before = tf.memory().numTensors;
    const conv = endpoints(false);
    const matMul = endpoints(true);
    expect(tf.memory().numTensors).toBe(before);
    for (const name of names) {
      const [a, b] = [conv.get(name)!, matMul.get(name)!];
      let diff = 0;
      let scale = 0;
      for (let i = 0; i < a.length; i++) {
        diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
        scale = Math.max(scale, Math.abs(a[i]!));
      }
      expect(diff, name).toBeLessThanOrEqual(1e-6 * scale);
    }
    x.dispose();
  });
});

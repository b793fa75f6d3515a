// Each model with a TF-Slim oracle (../shared/oracle/<model>: checkpoint, input, logits, end points)
// reproduces it on WASM and CPU, with batch norm folded or not, without leaking tensors.
import * as tf from '@tensorflow/tfjs-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeByteSource } from '../formats/bytes/nodeByteSource';
import type { CheckpointReader, TensorData } from '../formats/checkpoint';
import { decodeNpy } from '../formats/numpy/npy';
import { openNpz } from '../formats/numpy/npzReader';
import { openNodeCheckpoint } from '../formats/openNode';
import type { ModelName } from '../model/modelTypes';
import { oracleDir } from '../testing/fixtures';
import { relError } from '../testing/relError';
import { classify, loadNasnet } from './nasnetModel';
import { useNodeBackend } from './nodeBackend';

interface Oracle {
  model: ModelName;
  label: string;
  /** The aux head's scope: its variables exist only in the training layout. */
  auxScope: string;
  /** End points compared with endpoints.npz; `allInNpz`: the npz holds exactly these. */
  endpoints: string[];
  allInNpz: boolean;
  /** Activation statistics the run must report (among others). */
  stats: string[];
}

const ORACLES: Oracle[] = [
  {
    model: 'nasnet-mobile',
    label: 'NASNet-A Mobile',
    auxScope: 'aux_7/',
    endpoints: ['Stem', 'Cell_0', 'Cell_3', 'Reduction_Cell_0', 'Reduction_Cell_1', 'global_pool'],
    allInNpz: false,
    stats: ['Stem', 'Cell_11', 'Logits', 'Predictions'],
  },
  {
    model: 'pnasnet-mobile',
    label: 'PNASNet-5 Mobile',
    auxScope: 'aux_5/',
    // Every end point endpoints.npz holds (Cell_3 and Cell_6 are the stride-2 cells).
    endpoints: ['Stem', 'Cell_0', 'Cell_3', 'Cell_6', 'Cell_8', 'global_pool', 'Logits', 'Predictions'],
    allInNpz: true,
    stats: ['Stem', 'Cell_3', 'Cell_6', 'Cell_8', 'Logits', 'Predictions'],
  },
];

describe.each(ORACLES)('$label against TF-Slim reference outputs', (oracle) => {
  const dir = join(oracleDir, oracle.model);
  const npy = (file: string): TensorData => decodeNpy(readFileSync(join(dir, file)), file);
  let reader: CheckpointReader;
  let input: TensorData;
  let logits: TensorData;
  let reference: Map<string, TensorData>;

  beforeAll(async () => {
    if (!existsSync(join(dir, 'model.ckpt.index'))) return;
    reader = await openNodeCheckpoint(join(dir, 'model.ckpt'));
    input = npy('input.npy');
    logits = npy('logits.npy');
    const npz = await openNpz(await nodeByteSource(join(dir, 'endpoints.npz')));
    if (oracle.allInNpz) {
      expect(npz.variables.map((v) => v.name).sort()).toEqual([...oracle.endpoints].sort());
    }
    reference = new Map(
      await Promise.all(oracle.endpoints.map(async (n) => [n, await npz.readTensor(n)] as const)),
    );
  });

  afterAll(() => tf.disposeVariables());

  // Tolerances from the oracle README: 1e-4 × max|logit| on CPU, 2e-3 × on WASM.
  it.skipIf(!existsSync(join(dir, 'model.ckpt.index'))).each([
    ['wasm', 2e-3, true],
    ['wasm', 2e-3, false],
    ['cpu', 1e-4, true],
  ] as const)(
    'reproduces the logits on %s within %s × max|logit| (fold BN: %s), every end point too, no leak',
    async (backend, tol, fold) => {
      await useNodeBackend(backend);
      const before = tf.memory().numTensors;
      const model = await loadNasnet(reader, oracle.model, { foldBatchNorm: fold });
      expect(model.report.missing).toEqual([]);
      expect(model.report.unusedCheckpoint.filter((n) => !n.startsWith(oracle.auxScope))).toEqual([]);
      const afterLoad = tf.memory().numTensors;
      // Buffers too: on WASM the runner's intermediates are heap buffers, never engine tensors.
      const buffersAfterLoad = tf.backend().numDataIds();
      const x = tf.tensor4d(input.values as Float32Array, input.shape as [number, number, number, number]);
      const out = await classify(model, x, { endpoints: oracle.endpoints, stats: true });
      x.dispose();
      expect(tf.memory().numTensors).toBe(afterLoad);
      expect(tf.backend().numDataIds()).toBe(buffersAfterLoad);
      expect(relError(out.logits, logits.values as Float32Array)).toBeLessThan(tol);
      expect(out.endpoints.map((e) => e.name)).toEqual(oracle.endpoints);
      for (const ep of out.endpoints) {
        const want = reference.get(ep.name);
        expect(ep.shape, ep.name).toEqual(want?.shape);
        expect(relError(ep.values as Float32Array, want?.values as Float32Array), ep.name).toBeLessThan(tol);
      }
      expect(out.stats.map((s) => s.name)).toEqual(expect.arrayContaining(oracle.stats));
      expect(out.stats.every((s) => s.nanCount === 0 && s.infCount === 0)).toBe(true);
      expect(out.top[0]).toHaveLength(5);
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    },
    120_000,
  );
});

import * as tf from '@tensorflow/tfjs-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeByteSource } from '../formats/bytes/nodeByteSource';
import { openNodeCheckpoint } from '../formats/openNode';
import type { CheckpointReader, TensorData } from '../formats/checkpoint';
import { decodeNpy } from '../formats/numpy/npy';
import { openNpz } from '../formats/numpy/npzReader';
import { oracleDir } from '../testing/fixtures';
import { classify, loadNasnet } from './nasnetModel';
import { useNodeBackend } from './nodeBackend';

const dir = join(oracleDir, 'pnasnet-mobile');
const haveOracle = existsSync(join(dir, 'model.ckpt.index'));

const npy = (file: string): TensorData => decodeNpy(readFileSync(join(dir, file)), file);

/** max |a - b| / max |b| */
function relError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < want.length; i++) {
    diff = Math.max(diff, Math.abs((got[i] ?? NaN) - (want[i] ?? 0)));
    scale = Math.max(scale, Math.abs(want[i] ?? 0));
  }
  return diff / scale;
}

// Every end point endpoints.npz holds (Cell_3 and Cell_6 are the stride-2 cells).
const ENDPOINTS = ['Stem', 'Cell_0', 'Cell_3', 'Cell_6', 'Cell_8', 'global_pool', 'Logits', 'Predictions'];

describe.skipIf(!haveOracle)('PNASNet-5 Mobile against TF-Slim reference outputs', () => {
  let reader: CheckpointReader;
  let input: TensorData;
  let logits: TensorData;
  let reference: Map<string, TensorData>;

  beforeAll(async () => {
    reader = await openNodeCheckpoint(join(dir, 'model.ckpt'));
    input = npy('input.npy');
    logits = npy('logits.npy');
    const npz = await openNpz(await nodeByteSource(join(dir, 'endpoints.npz')));
    expect(npz.variables.map((v) => v.name).sort()).toEqual([...ENDPOINTS].sort());
    reference = new Map(await Promise.all(ENDPOINTS.map(async (n) => [n, await npz.readTensor(n)] as const)));
  });

  afterAll(() => tf.disposeVariables());

  // Tolerances from the oracle README: 1e-4 × max|logit| on CPU, 2e-3 × on WASM.
  it.each([
    ['wasm', 2e-3, true],
    ['wasm', 2e-3, false],
    ['cpu', 1e-4, true],
  ] as const)(
    'reproduces the logits on %s within %s × max|logit| (fold BN: %s), every end point too, no leak',
    async (backend, tol, fold) => {
      await useNodeBackend(backend);
      const before = tf.memory().numTensors;
      const model = await loadNasnet(reader, 'pnasnet-mobile', { foldBatchNorm: fold });
      expect(model.report.missing).toEqual([]);
      expect(model.report.unusedCheckpoint.filter((n) => !n.startsWith('aux_5/'))).toEqual([]);
      const afterLoad = tf.memory().numTensors;
      const x = tf.tensor4d(input.values as Float32Array, input.shape as [number, number, number, number]);
      const out = await classify(model, x, { endpoints: ENDPOINTS, stats: true });
      x.dispose();
      expect(tf.memory().numTensors).toBe(afterLoad);
      expect(relError(out.logits, logits.values as Float32Array)).toBeLessThan(tol);
      expect(out.endpoints.map((e) => e.name)).toEqual(ENDPOINTS);
      for (const ep of out.endpoints) {
        const want = reference.get(ep.name);
        expect(ep.shape, ep.name).toEqual(want?.shape);
        expect(relError(ep.values as Float32Array, want?.values as Float32Array), ep.name).toBeLessThan(tol);
      }
      expect(out.stats.map((s) => s.name)).toEqual(
        expect.arrayContaining(['Stem', 'Cell_3', 'Cell_6', 'Cell_8', 'Logits', 'Predictions']),
      );
      expect(out.stats.every((s) => s.nanCount === 0 && s.infCount === 0)).toBe(true);
      expect(out.top[0]).toHaveLength(5);
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    },
    120_000,
  );
});

import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileModel, modelGraph, MODEL_NAMES, type ModelName } from '../model/catalogue';
import { NasnetRunner } from '../model/nasnet/forward';
import { weightLookup } from '../model/nasnet/weightLookup';
import { warmUpJit } from './jitWarmUp';
import { loadedParts, type LoadedNasnet } from './nasnetModel';
import { useNodeBackend } from './nodeBackend';

/** A model with every weight 0.01 (the warm-up needs the graph, not trained values). */
function loadedWithFlatWeights(model: ModelName): LoadedNasnet {
  const vars = modelGraph(model, 'inference').variables;
  const values = new Map(
    vars.map((v) => [v.name, new Float32Array(v.shape.reduce((a, b) => a * b, 1)).fill(0.01)]),
  );
  const runner = new NasnetRunner(compileModel(model, weightLookup(values, 'test')));
  return {
    ...loadedParts(model, 1001),
    runner,
    report: { loaded: values.size, missing: [], unusedCheckpoint: [] },
    dispose: () => runner.dispose(),
  };
}

describe('warmUpJit', () => {
  beforeAll(() => useNodeBackend('wasm'));
  afterAll(() => useNodeBackend('cpu'));

  it.each(MODEL_NAMES)(
    'runs %s on a 32×32 input the times asked, leaving no tensor behind',
    async (model) => {
      const loaded = loadedWithFlatWeights(model);
      const before = tf.memory().numTensors;
      const buffers = tf.backend().numDataIds();
      expect(await warmUpJit(loaded, { runs: 2, budgetMs: 60_000 })).toBe(2);
      expect(tf.memory().numTensors).toBe(before);
      expect(tf.backend().numDataIds()).toBe(buffers);
      loaded.dispose();
    },
  );

  it('stops at its time budget', async () => {
    const loaded = loadedWithFlatWeights('nasnet-mobile');
    expect(await warmUpJit(loaded, { runs: 1000, budgetMs: 0 })).toBe(0);
    // A pass takes milliseconds: a 50 ms budget allows some, never a thousand.
    const done = await warmUpJit(loaded, { runs: 1000, budgetMs: 50 });
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(1000);
    loaded.dispose();
  });

  it('fails when the model was released under it (the engine then ends it quietly)', async () => {
    const loaded = loadedWithFlatWeights('nasnet-mobile');
    loaded.dispose();
    await expect(warmUpJit(loaded, { runs: 3 })).rejects.toThrow('already disposed');
  });
});

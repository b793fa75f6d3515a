import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileModel, modelGraph, MODEL_NAMES, type ModelName } from '../model/catalogue';
import { NasnetRunner } from '../model/nasnet/forward';
import { weightLookup } from '../model/nasnet/weightLookup';
import { warmUpJit } from './jitWarmUp';
import { useNodeBackend } from './nodeBackend';

/** A runner with every weight 0.01 (the warm-up needs the graph, not trained values). */
function runnerFor(model: ModelName): NasnetRunner {
  const vars = modelGraph(model, 'inference').variables;
  const values = new Map(
    vars.map((v) => [v.name, new Float32Array(v.shape.reduce((a, b) => a * b, 1)).fill(0.01)]),
  );
  return new NasnetRunner(compileModel(model, weightLookup(values, 'test')));
}

describe('warmUpJit', () => {
  beforeAll(() => useNodeBackend('wasm'));
  afterAll(() => useNodeBackend('cpu'));

  it.each(MODEL_NAMES)('runs %s on a 32×32 input the times asked, leaving no tensor behind', (model) => {
    const runner = runnerFor(model);
    const before = tf.memory().numTensors;
    expect(warmUpJit(runner, { runs: 2, budgetMs: 60_000 })).toBe(2);
    expect(tf.memory().numTensors).toBe(before);
    runner.dispose();
  });

  it('stops at its time budget', () => {
    const runner = runnerFor('nasnet-mobile');
    expect(warmUpJit(runner, { runs: 1000, budgetMs: 0 })).toBe(0);
    // A pass takes milliseconds: a 50 ms budget allows some, never a thousand.
    const done = warmUpJit(runner, { runs: 1000, budgetMs: 50 });
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(1000);
    runner.dispose();
  });
});

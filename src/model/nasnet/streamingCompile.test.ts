import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { modelGraph, type ModelName } from '../catalogue';
import { compileNasnet, weightLookup } from './compile';
import type { Step } from './programTypes';
import { StreamingCompile, withoutValues } from './streamingCompile';
import { loadNasnetWeights } from './weights';

/** A step's arrays by role as bytes (bit-for-bit comparison, far faster than element by element). */
function bytesOf(step: Step): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, a] of Object.entries(arrays(step))) {
    out[role] = a ? Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64') : 'null';
  }
  return out;
}

/** The float32 arrays of a step by role, for comparing two compiles value by value. */
function arrays(step: Step): Record<string, Float32Array | null> {
  switch (step.kind) {
    case 'conv':
      return { weights: step.weights.values, bias: step.bias };
    case 'separable':
      return { depthwise: step.depthwise.values, pointwise: step.pointwise.values, bias: step.bias };
    case 'affine':
      return { scale: step.scale, offset: step.offset };
    case 'fc':
      return { weights: step.weights.values, bias: step.bias };
    default:
      return {};
  }
}

async function oracleWeights(model: ModelName) {
  const reader = await openNodeCheckpoint(join(oracleDir, model, 'model.ckpt'));
  const graph = modelGraph(model, 'inference');
  const { values } = await loadNasnetWeights(reader, graph.variables, null);
  return { graph, values };
}

describe.skipIf(!haveSharedFixtures()).each(['nasnet-mobile', 'pnasnet-mobile'] as const)(
  'StreamingCompile on the %s oracle',
  (model) => {
    it('hands out the steps of compileNasnet, value for value, holding only a few weights at a time', async () => {
      const { graph, values } = await oracleWeights(model);
      const whole = compileNasnet(graph, weightLookup(values, 'oracle'));
      const streaming = new StreamingCompile(graph, 'oracle');
      const handed = new Map<string, Step>();
      let maxHeld = 0;
      for (const [name, v] of values) {
        for (const step of streaming.add(name, v)) handed.set(step.id, step);
        maxHeld = Math.max(maxHeld, streaming.heldBytes);
      }
      const program = streaming.finish();
      expect(streaming.heldBytes).toBe(0);
      expect(program.steps).toEqual(whole.steps.map(withoutValues));
      expect(program.endpoints).toEqual(whole.endpoints);
      for (const step of whole.steps) {
        const got = handed.get(step.id);
        expect(got, step.id).toBeDefined();
        expect(bytesOf(got!), step.id).toEqual(bytesOf(step));
      }
      // Weights arrive in graph order: an op waits only for the rest of its own (a conv for its
      // batch norm, the logits layer's weights for its biases), never for the whole model.
      const largest = Math.max(...[...values.values()].map((v) => v.byteLength));
      expect(maxHeld).toBeLessThanOrEqual(1.1 * largest);
    });

    it('compiles the same program when the weights come in reverse (all held until the first op can go)', async () => {
      const { graph, values } = await oracleWeights(model);
      const whole = compileNasnet(graph, weightLookup(values, 'oracle'));
      const streaming = new StreamingCompile(graph, 'oracle');
      const handed: Step[] = [];
      for (const [name, v] of [...values].reverse()) handed.push(...streaming.add(name, v));
      expect(streaming.finish().steps).toEqual(whole.steps.map(withoutValues));
      // Every step of the program was handed out (and a few the program prunes, e.g. merged pools).
      const ids = new Set(handed.map((s) => s.id));
      expect(whole.steps.filter((s) => !ids.has(s.id))).toEqual([]);
    });
  },
);

describe('StreamingCompile with a weight missing', () => {
  it('finish() names the first weight that never came; weights no op reads are ignored', () => {
    const graph = modelGraph('nasnet-cifar', 'inference');
    const streaming = new StreamingCompile(graph, 'ckpt');
    expect(streaming.add('not/a/graph/variable', new Float32Array(4))).toEqual([]);
    const [first, ...rest] = graph.variables;
    for (const v of rest) streaming.add(v.name, new Float32Array(v.shape.reduce((a, b) => a * b, 1)));
    expect(() => streaming.finish()).toThrow(`Graph variable "${first!.name}" has no weights.`);
  });
});

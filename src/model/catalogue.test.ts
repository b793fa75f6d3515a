import { describe, expect, it } from 'vitest';
import {
  GRAPH_MODES,
  MODEL_CATALOGUE,
  compileModel,
  isModelName,
  modelEntry,
  modelGraph,
  modelVariables,
} from './catalogue';

describe('the model catalogue', () => {
  it('names every model once and refuses unknown names', () => {
    const names = MODEL_CATALOGUE.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(isModelName(n)).toBe(true);
    expect(isModelName('resnet-50')).toBe(false);
    expect(isModelName('toString')).toBe(false);
  });

  it.each(MODEL_CATALOGUE.map((m) => m.name))(
    '%s: its graph agrees with its entry (input size, classes, variables)',
    (name) => {
      const entry = modelEntry(name);
      for (const mode of GRAPH_MODES) {
        const graph = modelGraph(name, mode);
        expect(graph.model).toBe(name);
        expect(graph.mode).toBe(mode);
        expect(graph.inputShape).toEqual([entry.imageSize, entry.imageSize, 3]);
        expect(graph.numClasses).toBe(entry.numClasses);
        expect(modelVariables(name, mode)).toBe(graph.variables);
      }
      const fc = modelVariables(name, 'inference').find((v) => v.name === 'final_layer/FC/biases');
      expect(fc?.shape).toEqual([entry.numClasses]);
    },
  );

  it('compiles any catalogued model to a program with Logits and Predictions', () => {
    for (const { name } of MODEL_CATALOGUE) {
      const sizes = new Map(modelVariables(name, 'inference').map((v) => [v.name, v.shape]));
      const weight = (n: string) =>
        new Float32Array((sizes.get(n) ?? []).reduce((a, b) => a * b, 1)).fill(0.5);
      const program = compileModel(name, weight);
      expect(program.endpoints.Logits).toBe(program.logits);
      expect(program.endpoints.Predictions).toBe(program.predictions);
    }
  });
});

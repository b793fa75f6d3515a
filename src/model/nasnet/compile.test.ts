import { describe, expect, it } from 'vitest';
import { modelGraph, type ModelName } from '../catalogue';
import { compileNasnet } from './compile';
import type { Step } from './programTypes';

function program(model: ModelName, foldBatchNorm = true) {
  const graph = modelGraph(model, 'inference');
  const sizes = new Map(graph.variables.map((v) => [v.name, v.shape.reduce((a, b) => a * b, 1)]));
  const weight = (name: string) => new Float32Array(sizes.get(name) ?? 0).fill(0.5);
  return compileNasnet(graph, weight, { foldBatchNorm });
}

const weightless = (s: Step) => ['relu', 'avg_pool', 'max_pool'].includes(s.kind);

describe.each(['nasnet-mobile', 'nasnet-large', 'nasnet-cifar', 'pnasnet-mobile', 'pnasnet-large'] as const)(
  'compileNasnet(%s)',
  (model) => {
    it('computes every relu and pool once per input', () => {
      const seen = new Set<string>();
      for (const step of program(model).steps.filter(weightless)) {
        const { id: _id, ...what } = step;
        const key = JSON.stringify(what);
        expect(seen.has(key), step.id).toBe(false);
        seen.add(key);
      }
    });

    it('runs steps only after their inputs exist and produces every end point', () => {
      const p = program(model);
      const ready = new Set(['input']);
      for (const step of p.steps) {
        for (const id of step.inputs) expect(ready.has(id), `${step.id} reads ${id}`).toBe(true);
        ready.add(step.id);
      }
      for (const [name, id] of Object.entries(p.endpoints)) expect(ready.has(id), name).toBe(true);
    });
  },
);

describe('compileNasnet on NASNet-A Mobile', () => {
  it("comb_iter_3 of a normal cell adds one average pool to itself (the op is listed twice in Slim's cell)", () => {
    const steps = program('nasnet-mobile').steps;
    const add = steps.find((s) => s.id === 'cell_0/comb_iter_3/combine/add');
    expect(add?.inputs).toEqual(['cell_0/comb_iter_3/left/avg_pool', 'cell_0/comb_iter_3/left/avg_pool']);
    expect(steps.some((s) => s.id === 'cell_0/comb_iter_3/right/avg_pool')).toBe(false);
  });

  it('folds every batch norm (no affine steps) unless asked not to', () => {
    expect(program('nasnet-mobile').steps.filter((s) => s.kind === 'affine')).toEqual([]);
    expect(program('nasnet-mobile', false).steps.some((s) => s.kind === 'affine')).toBe(true);
  });

  it('runs factorized reduction path 2 as a shifted strided conv', () => {
    const path2 = program('nasnet-mobile').steps.filter((s) => s.id.endsWith('/path2_conv'));
    expect(path2.length).toBeGreaterThan(0);
    for (const s of path2) expect(s.kind === 'conv' && s.shifted && s.stride === 2).toBe(true);
  });
});

describe('compileNasnet on PNASNet-5', () => {
  it('folds every batch norm, including the 13 + 14 filter factorized reduction of cell_stem_1', () => {
    const steps = program('pnasnet-mobile').steps;
    expect(steps.filter((s) => s.kind === 'affine')).toEqual([]);
    const path2 = steps.find((s) => s.id === 'cell_stem_1/path2_conv');
    expect(path2?.kind === 'conv' && path2.shifted && path2.weights.shape).toEqual([1, 1, 32, 14]);
    expect(path2?.kind === 'conv' && path2.bias?.length).toBe(14);
  });

  it('runs the stride-2 identity branch as a strided 1x1 conv and max pools with stride 2 in stride-2 cells', () => {
    const steps = program('pnasnet-mobile').steps;
    const id = steps.find((s) => s.id === 'cell_3/comb_iter_4/right/bn_1');
    expect(id?.kind === 'conv' && id.stride).toBe(2);
    const pool = steps.find((s) => s.id === 'cell_3/comb_iter_1/right/max_pool');
    expect(pool?.kind === 'max_pool' && pool.stride).toBe(2);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { oracleDir } from '../../testing/fixtures';
import { GRAPH_MODES, NASNET_MODELS } from './configs';
import { nasnetGraph } from './graph';
import { nasnetVariables, parameterCount } from './variables';

// Totals from the oracle README (computed by TF-Slim itself); training adds the 12 aux-head variables.
const EXPECTED = {
  'nasnet-mobile': { inference: 1126, params: 5_327_773, trainable: 5_291_035 },
  'nasnet-large': { inference: 1546, params: 88_953_851 },
  'nasnet-cifar': { inference: 1424, params: 3_383_786 },
} as const;

describe('nasnetVariables', () => {
  it.each(NASNET_MODELS.map((m) => m.name))(
    '%s has the variable count and parameter total of TF-Slim',
    (model) => {
      const inference = nasnetVariables(model, 'inference');
      const training = nasnetVariables(model, 'training');
      expect(inference.length).toBe(EXPECTED[model].inference);
      expect(parameterCount(inference)).toBe(EXPECTED[model].params);
      expect(training.length).toBe(inference.length + 12);
      expect(training.filter((v) => !v.cell.startsWith('aux_')).map((v) => v.name)).toEqual(
        inference.map((v) => v.name),
      );
    },
  );

  it('counts Mobile trainable parameters without the moving statistics', () => {
    expect(parameterCount(nasnetVariables('nasnet-mobile', 'inference'), true)).toBe(
      EXPECTED['nasnet-mobile'].trainable,
    );
  });

  it('creates variables in Slim order: conv, then batch norm gamma/beta/mean/variance; depthwise before pointwise', () => {
    const names = nasnetVariables('nasnet-mobile', 'inference').map((v) => v.name);
    expect(names.slice(0, 5)).toEqual([
      'conv0/weights',
      'conv0_bn/gamma',
      'conv0_bn/beta',
      'conv0_bn/moving_mean',
      'conv0_bn/moving_variance',
    ]);
    // cell_stem_0 has no previous layer: its first variables are the 1x1 conv and beginning_bn.
    expect(names[5]).toBe('cell_stem_0/1x1/weights');
    expect(names.slice(10, 13)).toEqual([
      'cell_stem_0/comb_iter_0/left/separable_5x5_1/depthwise_weights',
      'cell_stem_0/comb_iter_0/left/separable_5x5_1/pointwise_weights',
      'cell_stem_0/comb_iter_0/left/bn_sep_5x5_1/gamma',
    ]);
    // cell_stem_1 reduces conv0's output first (factorized reduction), then its own input.
    const stem1 = names.filter((n) => n.startsWith('cell_stem_1/'));
    expect(stem1.slice(0, 4)).toEqual([
      'cell_stem_1/path1_conv/weights',
      'cell_stem_1/path2_conv/weights',
      'cell_stem_1/final_path_bn/gamma',
      'cell_stem_1/final_path_bn/beta',
    ]);
    expect(names.slice(-2)).toEqual(['final_layer/FC/weights', 'final_layer/FC/biases']);
  });

  it('places the aux head right after the cell it reads (aux_7 on Mobile, aux_11 on Large and CIFAR)', () => {
    for (const [model, cell, next] of [
      ['nasnet-mobile', 7, 'reduction_cell_1'],
      ['nasnet-large', 11, 'reduction_cell_1'],
      ['nasnet-cifar', 11, 'reduction_cell_1'],
    ] as const) {
      const names = nasnetVariables(model, 'training').map((v) => v.name);
      const first = names.findIndex((n) => n.startsWith(`aux_${cell}/`));
      expect(names[first - 1]?.startsWith(`cell_${cell}/`)).toBe(true);
      expect(names[first + 12]?.startsWith(`${next}/`)).toBe(true);
      expect(names.slice(first, first + 12)).toContain(`aux_${cell}/aux_logits/Conv/weights`);
    }
  });

  it('gives CIFAR its own stem and reduces the stem output inside cell_0', () => {
    const vars = nasnetVariables('nasnet-cifar', 'inference');
    expect(vars[0]).toMatchObject({ name: 'l1_stem_3x3/weights', shape: [3, 3, 3, 96] });
    const names = vars.map((v) => v.name);
    expect(names).toContain('cell_0/cell_output/reduction_1/path_conv/weights');
    expect(names).toContain('cell_0/comb_iter_3/left/1x1/weights');
    expect(vars.at(-2)).toMatchObject({ name: 'final_layer/FC/weights', shape: [768, 10] });
  });

  it('derives Large with skip_reduction_layer_input and 4032 final channels', () => {
    const vars = nasnetVariables('nasnet-large', 'inference');
    expect(vars[0]).toMatchObject({ name: 'conv0/weights', shape: [3, 3, 3, 96] });
    expect(vars.at(-2)).toMatchObject({ name: 'final_layer/FC/weights', shape: [4032, 1001] });
    const aux = nasnetVariables('nasnet-large', 'training').find(
      (v) => v.name === 'aux_11/aux_logits/Conv/weights',
    );
    expect(aux?.shape).toEqual([6, 6, 128, 768]);
  });

  it('ties every variable to an op of the graph description that lists it', () => {
    for (const { name: model } of NASNET_MODELS) {
      for (const mode of GRAPH_MODES) {
        const graph = nasnetGraph(model, mode);
        const owners = new Map(
          graph.cells.flatMap((c) => c.ops).flatMap((op) => op.variables.map((v) => [v, op.id] as const)),
        );
        for (const v of graph.variables) expect(owners.get(v.name)).toBe(v.op);
        expect(new Set(graph.variables.map((v) => v.name)).size).toBe(graph.variables.length);
      }
    }
  });
});

describe('the step counter of training graphs with drop path', () => {
  it('is created in the first branch with drop path: Large in cell_stem_0, CIFAR in cell_0, Mobile (keep prob 1) none', () => {
    expect(nasnetGraph('nasnet-large', 'training').globalStep).toMatchObject({
      name: 'cell_stem_0/comb_iter_0/left/global_step',
      after: 'cell_stem_0/comb_iter_0/left/bn_sep_5x5_2/moving_variance',
    });
    expect(nasnetGraph('nasnet-cifar', 'training').globalStep?.name).toBe(
      'cell_0/comb_iter_0/left/global_step',
    );
    expect(nasnetGraph('nasnet-mobile', 'training').globalStep).toBeUndefined();
    for (const { name } of NASNET_MODELS) expect(nasnetGraph(name, 'inference').globalStep).toBeUndefined();
  });
});

const mobilePrefix = join(oracleDir, 'nasnet-mobile', 'model.ckpt');

describe.skipIf(!existsSync(`${mobilePrefix}.index`))('nasnetVariables vs the oracle checkpoint', () => {
  it('matches every Mobile name and shape of the TF-Slim checkpoint (training layout, plus global_step)', async () => {
    const reader = await openNodeCheckpoint(mobilePrefix);
    const stored = new Map(reader.variables.map((v) => [v.name, v.shape]));
    const graph = nasnetVariables('nasnet-mobile', 'training');
    for (const v of graph) expect(stored.get(v.name), v.name).toEqual(v.shape);
    const extra = [...stored.keys()].filter((n) => !graph.some((v) => v.name === n));
    expect(extra).toEqual(['global_step']);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { oracleDir } from '../../testing/fixtures';
import { GRAPH_MODES } from '../modelTypes';
import { parameterCount } from '../nasnet/variables';
import { pnasnetGraph } from './graph';

// Totals from the oracle README (TF-Slim's pnasnet.py itself); training adds the 12 aux-head variables.
const EXPECTED = {
  'pnasnet-mobile': {
    inference: 933,
    params: 5_099_232,
    trainable: 5_065_568,
    aux: 'aux_5',
    auxParams: 7_514_569,
  },
  'pnasnet-large': {
    inference: 1179,
    params: 86_238_977,
    trainable: undefined,
    aux: 'aux_7',
    auxParams: undefined,
  },
} as const;
const MODELS = ['pnasnet-mobile', 'pnasnet-large'] as const;
const vars = (m: (typeof MODELS)[number], mode: 'inference' | 'training') => pnasnetGraph(m, mode).variables;
const names = (m: (typeof MODELS)[number], mode: 'inference' | 'training') =>
  vars(m, mode).map((v) => v.name);

describe('pnasnetGraph variables', () => {
  it.each(MODELS)('%s has the variable count and parameter total of TF-Slim', (model) => {
    const e = EXPECTED[model];
    const inference = vars(model, 'inference');
    const training = vars(model, 'training');
    expect(inference.length).toBe(e.inference);
    expect(parameterCount(inference)).toBe(e.params);
    if (e.trainable) expect(parameterCount(inference, true)).toBe(e.trainable);
    expect(training.length).toBe(e.inference + 12);
    if (e.auxParams) expect(parameterCount(training)).toBe(e.auxParams);
    expect(training.filter((v) => !v.cell.startsWith('aux_')).map((v) => v.name)).toEqual(
      inference.map((v) => v.name),
    );
    expect(training.filter((v) => v.cell === e.aux)).toHaveLength(12);
  });

  it('has no top-level scope, no reduction cells, and cells numbered without gaps', () => {
    for (const model of MODELS) {
      const cells = [...new Set(vars(model, 'inference').map((v) => v.cell))];
      const n = model === 'pnasnet-mobile' ? 9 : 12;
      expect(cells).toEqual([
        'conv0',
        'cell_stem_0',
        'cell_stem_1',
        ...Array.from({ length: n }, (_, i) => `cell_${i}`),
        'final_layer',
      ]);
      expect(names(model, 'inference')[0]).toBe('conv0/weights');
      expect(names(model, 'inference').some((x) => x.includes('reduction'))).toBe(false);
    }
  });

  it('runs cell_stem_0, cell_stem_1, cell_3 and cell_6 with stride 2 (Mobile), cell_4 and cell_8 on Large', () => {
    const stride2 = (m: (typeof MODELS)[number]) =>
      pnasnetGraph(m, 'inference')
        .cells.filter((c) => c.stride === 2)
        .map((c) => c.id);
    expect(stride2('pnasnet-mobile')).toEqual(['cell_stem_0', 'cell_stem_1', 'cell_3', 'cell_6']);
    expect(stride2('pnasnet-large')).toEqual(['cell_stem_0', 'cell_stem_1', 'cell_4', 'cell_8']);
  });

  it('creates variables in Slim order inside a cell: previous layer, 1x1 + beginning_bn, then comb iterations', () => {
    const all = names('pnasnet-mobile', 'inference');
    const cell0 = all.filter((n) => n.startsWith('cell_0/'));
    expect(cell0.slice(0, 8)).toEqual([
      'cell_0/path1_conv/weights',
      'cell_0/path2_conv/weights',
      'cell_0/final_path_bn/gamma',
      'cell_0/final_path_bn/beta',
      'cell_0/final_path_bn/moving_mean',
      'cell_0/final_path_bn/moving_variance',
      'cell_0/1x1/weights',
      'cell_0/beginning_bn/gamma',
    ]);
    expect(cell0[10]).toBe('cell_0/beginning_bn/moving_variance');
    expect(cell0.slice(11, 14)).toEqual([
      'cell_0/comb_iter_0/left/separable_5x5_1/depthwise_weights',
      'cell_0/comb_iter_0/left/separable_5x5_1/pointwise_weights',
      'cell_0/comb_iter_0/left/bn_sep_5x5_1/gamma',
    ]);
    const cell1 = all.filter((n) => n.startsWith('cell_1/'));
    expect(cell1.slice(0, 2)).toEqual(['cell_1/prev_1x1/weights', 'cell_1/prev_bn/gamma']);
    // comb iterations in order, left before right
    const combOrder = [
      ...new Set(cell1.map((n) => /comb_iter_\d\/(left|right)/.exec(n)?.[0]).filter(Boolean)),
    ];
    expect(combOrder).toEqual([
      'comb_iter_0/left',
      'comb_iter_1/left',
      'comb_iter_2/left',
      'comb_iter_2/right',
      'comb_iter_3/left',
      'comb_iter_4/left',
    ]);
    expect(all.slice(-2)).toEqual(['final_layer/FC/weights', 'final_layer/FC/biases']);
  });

  it('factorizes the previous layer in the cell after each stride-2 cell only (cell_0, cell_4, cell_7 on Mobile)', () => {
    const withPath = names('pnasnet-mobile', 'inference')
      .filter((n) => n.endsWith('/path1_conv/weights'))
      .map((n) => n.split('/')[0]);
    expect(withPath).toEqual(['cell_stem_1', 'cell_0', 'cell_4', 'cell_7']);
  });

  it('splits the odd 27 filters of cell_stem_1 as 13 + 14 and has a max-pool 1x1 only in cell_stem_0', () => {
    const mobile = new Map(vars('pnasnet-mobile', 'inference').map((v) => [v.name, v.shape]));
    expect(mobile.get('conv0/weights')).toEqual([3, 3, 3, 32]);
    expect(mobile.get('cell_stem_1/path1_conv/weights')).toEqual([1, 1, 32, 13]);
    expect(mobile.get('cell_stem_1/path2_conv/weights')).toEqual([1, 1, 32, 14]);
    expect(mobile.get('cell_stem_1/final_path_bn/gamma')).toEqual([27]);
    for (const model of MODELS) {
      const pool1x1 = names(model, 'inference').filter((n) => /comb_iter_[0-3]\/right\/1x1\//.test(n));
      expect(pool1x1).toEqual(['cell_stem_0/comb_iter_0/right/1x1/weights']);
      // The identity branch becomes a strided 1x1 conv in exactly the stride-2 cells.
      const id1x1 = names(model, 'inference')
        .filter((n) => n.endsWith('comb_iter_4/right/1x1/weights'))
        .map((n) => n.split('/')[0]);
      expect(id1x1).toEqual(
        model === 'pnasnet-mobile'
          ? ['cell_stem_0', 'cell_stem_1', 'cell_3', 'cell_6']
          : ['cell_stem_0', 'cell_stem_1', 'cell_4', 'cell_8'],
      );
    }
    expect(mobile.get('cell_stem_0/comb_iter_0/right/1x1/weights')).toEqual([1, 1, 32, 13]);
  });

  it('places the aux head right after the cell it reads, with the README shapes', () => {
    for (const [model, cell, next, conv] of [
      ['pnasnet-mobile', 5, 'cell_6', [4, 4, 128, 768]],
      ['pnasnet-large', 7, 'cell_8', [6, 6, 128, 768]],
    ] as const) {
      const training = vars(model, 'training');
      const first = training.findIndex((v) => v.name.startsWith(`aux_${cell}/`));
      expect(training[first - 1]?.name.startsWith(`cell_${cell}/`)).toBe(true);
      expect(training[first + 12]?.name.startsWith(`${next}/`)).toBe(true);
      const aux = new Map(training.slice(first, first + 12).map((v) => [v.name, v.shape]));
      expect(aux.get(`aux_${cell}/aux_logits/Conv/weights`)).toEqual(conv);
      expect(aux.get(`aux_${cell}/aux_logits/FC/weights`)).toEqual([768, 1001]);
    }
    expect(
      vars('pnasnet-mobile', 'training').find((v) => v.name === 'aux_5/aux_logits/proj/weights')?.shape,
    ).toEqual([1, 1, 540, 128]);
  });

  it("creates Large's training global_step inside cell_stem_0's first branch; Mobile (keep prob 1) and inference none", () => {
    expect(pnasnetGraph('pnasnet-large', 'training').globalStep).toEqual({
      name: 'cell_stem_0/comb_iter_0/left/global_step',
      dtype: 'int64',
      shape: [],
      after: 'cell_stem_0/comb_iter_0/left/bn_sep_5x5_2/moving_variance',
    });
    expect(pnasnetGraph('pnasnet-large', 'inference').globalStep).toBeUndefined();
    expect(pnasnetGraph('pnasnet-mobile', 'training').globalStep).toBeUndefined();
  });

  it('derives Large: 96 stem filters, 4320 final channels', () => {
    const large = vars('pnasnet-large', 'inference');
    expect(large[0]).toMatchObject({ name: 'conv0/weights', shape: [3, 3, 3, 96] });
    expect(large.at(-2)).toMatchObject({ name: 'final_layer/FC/weights', shape: [4320, 1001] });
  });

  it('ties every variable to an op of the graph description that lists it', () => {
    for (const model of MODELS) {
      for (const mode of GRAPH_MODES) {
        const graph = pnasnetGraph(model, mode);
        const owners = new Map(
          graph.cells.flatMap((c) => c.ops).flatMap((op) => op.variables.map((v) => [v, op.id] as const)),
        );
        for (const v of graph.variables) expect(owners.get(v.name)).toBe(v.op);
        expect(new Set(graph.variables.map((v) => v.name)).size).toBe(graph.variables.length);
      }
    }
  });
});

const mobilePrefix = join(oracleDir, 'pnasnet-mobile', 'model.ckpt');

describe.skipIf(!existsSync(`${mobilePrefix}.index`))('pnasnetGraph vs the oracle checkpoint', () => {
  it('matches every Mobile name and shape of the TF-Slim checkpoint (training layout, plus global_step)', async () => {
    const reader = await openNodeCheckpoint(mobilePrefix);
    const stored = new Map(reader.variables.map((v) => [v.name, v.shape]));
    expect(stored.size).toBe(946);
    const graph = vars('pnasnet-mobile', 'training');
    for (const v of graph) expect(stored.get(v.name), v.name).toEqual(v.shape);
    const extra = [...stored.keys()].filter((n) => !graph.some((v) => v.name === n));
    expect(extra).toEqual(['global_step']);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckpointVariable } from '../formats/checkpoint';
import { openNodeCheckpoint } from '../formats/openNode';
import { nasnetVariables } from '../model/nasnet/variables';
import { fixture, haveSharedFixtures, oracleDir } from '../testing/fixtures';
import { matchVariables } from './matchVariables';
import { cadeneCheckpoint } from '../testing/matching/renamers';
import { kerasMobileToSlim } from '../testing/matching/kerasNames';
import type { MatchCheckpointVariable } from './types';

const mobile = nasnetVariables('nasnet-mobile', 'inference');
const mobileTraining = nasnetVariables('nasnet-mobile', 'training');

const asCkpt = (
  name: string,
  shape: number[],
  role: CheckpointVariable['role'] = 'weight',
): MatchCheckpointVariable => ({
  name,
  shape,
  dtype: 'float32',
  role,
});

describe.skipIf(!haveSharedFixtures())('real checkpoints', () => {
  it('maps the Keras NASNetMobile index completely and correctly onto Slim Mobile', async () => {
    const reader = await openNodeCheckpoint(
      fixture('keras-nasnetmobile-index-only', 'variables', 'variables'),
    );
    const r = matchVariables(reader.variables, mobile);
    expect(r.pairs).toHaveLength(mobile.length);
    expect(r.ambiguities).toEqual([]);
    // Independent ground truth, derived by hand from keras' and Slim's nasnet.py.
    for (const p of r.pairs)
      expect([p.checkpoint, kerasMobileToSlim(p.checkpoint)]).toEqual([p.checkpoint, p.graph]);
    expect(r.leftovers.filter((l) => l.role === 'bookkeeping')).toHaveLength(768);
    const byGraph = new Map(r.pairs.map((p) => [p.graph, p]));
    expect(byGraph.get('cell_4/comb_iter_1/left/separable_5x5_2/depthwise_weights')?.checkpoint).toBe(
      'normal_A_block_5/block_2/separable_conv_block_normal_left2_5/separable_conv_2_normal_left2_5/depthwise_kernel',
    );
    expect(byGraph.get('reduction_cell_1/comb_iter_4/left/bn_sep_3x3_1/gamma')?.checkpoint).toBe(
      'reduction_A_block_reduce_8/block_5/separable_conv_block_reduction_left4_reduce_8/separable_conv_1_bn_reduction_left4_reduce_8/gamma',
    );
    expect(byGraph.get('cell_stem_1/path2_conv/weights')?.checkpoint).toBe(
      'reduction_A_block_stem_2/adjust_block/adjust_reduction_block_stem_2/adjust_conv_2_stem_2/kernel',
    );
    const fc = byGraph.get('final_layer/FC/weights');
    expect(fc?.checkpoint).toBe('predictions/kernel');
    expect(fc?.transform).toEqual([{ op: 'insert_background_class', axis: 1 }]);
    expect(byGraph.get('final_layer/FC/biases')?.transform).toEqual([
      { op: 'insert_background_class', axis: 0 },
    ]);
    expect(new Set(r.pairs.map((p) => p.how))).toEqual(new Set(['structure']));
  });

  it('maps the Slim oracle checkpoint by exact names in both modes', async () => {
    const reader = await openNodeCheckpoint(join(oracleDir, 'nasnet-mobile', 'model.ckpt'));
    const training = matchVariables(reader.variables, mobileTraining);
    expect(training.pairs).toHaveLength(1138);
    expect(
      training.pairs.every((p) => p.how === 'exact' && p.checkpoint === p.graph && p.transform === null),
    ).toBe(true);
    expect(training.leftovers).toEqual([{ name: 'global_step', role: 'bookkeeping' }]);
    const inference = matchVariables(reader.variables, mobile);
    expect(inference.pairs).toHaveLength(1126);
    expect(inference.pairs.some((p) => p.checkpoint.startsWith('aux_7/'))).toBe(false);
  });
});

describe('Slim names with scopes, EMA copies and optimizer slots', () => {
  const slim = mobileTraining.map((g) => asCkpt(g.name, g.shape));
  const decorated = (prefix: string): MatchCheckpointVariable[] => [
    ...slim.map((v) => ({ ...v, name: `${prefix}${v.name}` })),
    ...slim.map((v) => asCkpt(`${prefix}${v.name}/ExponentialMovingAverage`, v.shape, 'ema')),
    ...slim.map((v) => asCkpt(`${prefix}${v.name}/RMSProp`, v.shape, 'optimizer_slot')),
    ...slim.map((v) => asCkpt(`${prefix}${v.name}/RMSProp_1`, v.shape, 'optimizer_slot')),
    { name: 'global_step', shape: [], dtype: 'int64', role: 'bookkeeping' },
  ];

  for (const prefix of ['tower_0/', 'model/NASNet/', 'clone_3/']) {
    it(`finds the '${prefix}' rewrite and keeps leftovers out`, () => {
      const r = matchVariables(decorated(prefix), mobileTraining);
      expect(r.pairs).toHaveLength(mobileTraining.length);
      for (const p of r.pairs) expect(p.checkpoint).toBe(`${prefix}${p.graph}`);
      expect(r.rewrites).toEqual([`prefix '${prefix.slice(0, -1).toLowerCase()}/' dropped`]);
      expect(r.leftovers.filter((l) => l.role === 'optimizer_slot')).toHaveLength(2 * slim.length);
      expect(r.leftovers.filter((l) => l.role === 'ema')).toHaveLength(slim.length);
    });
  }

  it('switches every pair to the moving average when asked', () => {
    const r = matchVariables(decorated('tower_0/'), mobileTraining, { preferEma: true });
    expect(r.preferEma).toBe(true);
    for (const p of r.pairs) expect(p.checkpoint).toBe(`tower_0/${p.graph}/ExponentialMovingAverage`);
  });

  it('uses EMA copies as weights when the raw weights are absent', () => {
    const emaOnly = slim.map((v) => asCkpt(`${v.name}/ExponentialMovingAverage`, v.shape, 'ema'));
    const r = matchVariables(emaOnly, mobileTraining);
    expect(r.pairs).toHaveLength(mobileTraining.length);
    expect(r.pairs.every((p) => p.checkpoint === `${p.graph}/ExponentialMovingAverage`)).toBe(true);
  });

  it('reports a name match with the wrong shape as a mismatch, with the reason', () => {
    const broken = slim.map((v) =>
      v.name === 'cell_0/comb_iter_0/left/separable_5x5_1/depthwise_weights'
        ? { ...v, shape: [3, 3, 44, 1] }
        : v,
    );
    const r = matchVariables(broken, mobileTraining);
    expect(r.pairs).toHaveLength(mobileTraining.length - 1);
    expect(r.mismatches).toContainEqual(
      expect.objectContaining({
        graph: 'cell_0/comb_iter_0/left/separable_5x5_1/depthwise_weights',
        explanation: '[3,3,44,1] vs [5,5,44,1]: kernel 3x3 vs 5x5',
      }),
    );
  });
});

describe('PyTorch ports', () => {
  it('maps a Cadene-style state dict with transposed layouts and 1000 classes', () => {
    const { variables, truth } = cadeneCheckpoint(mobile);
    const r = matchVariables(variables, mobile);
    expect(r.layout).toBe('torch');
    expect(r.pairs).toHaveLength(mobile.length);
    for (const p of r.pairs) expect([p.graph, p.checkpoint]).toEqual([p.graph, truth.get(p.graph)]);
    const byGraph = new Map(r.pairs.map((p) => [p.graph, p]));
    expect(byGraph.get('cell_4/1x1/weights')?.checkpoint).toBe('cell_6.conv_1x1.conv.weight');
    expect(byGraph.get('conv0/weights')?.transform).toEqual([
      { op: 'permute', perm: [2, 3, 1, 0], label: 'OIHW→HWIO' },
    ]);
    expect(
      byGraph.get('cell_0/comb_iter_0/left/separable_5x5_1/depthwise_weights')?.transform?.[0],
    ).toMatchObject({
      perm: [2, 3, 0, 1],
    });
    expect(byGraph.get('final_layer/FC/weights')?.transform).toEqual([
      { op: 'permute', perm: [1, 0], label: '[out,in]→[in,out]' },
      { op: 'insert_background_class', axis: 1 },
    ]);
    expect(r.leftovers.every((l) => l.name.endsWith('num_batches_tracked'))).toBe(true);
  });

  it('maps Slim names written the PyTorch way (dots, weight/bias/running_mean, OIHW)', () => {
    const torchish = mobile.map((g) => {
      const leaf = g.name.split('/').pop() as string;
      const renamed = g.name
        .replace(
          /\/(weights|depthwise_weights|pointwise_weights)$/,
          (_, l: string) => `/${l.replace('weights', 'weight')}`,
        )
        .replace(/\/gamma$/, '/weight')
        .replace(/\/beta$/, '/bias')
        .replace(/\/moving_mean$/, '/running_mean')
        .replace(/\/moving_variance$/, '/running_var')
        .replace(/\/biases$/, '/bias')
        .replaceAll('/', '.');
      const s = g.shape;
      const shape =
        s.length === 4
          ? leaf === 'depthwise_weights'
            ? [s[2], s[3], s[0], s[1]]
            : [s[3], s[2], s[0], s[1]]
          : s.length === 2
            ? [s[1], s[0]]
            : s;
      return asCkpt(`module.${renamed}`, shape as number[]);
    });
    const r = matchVariables(torchish, mobile);
    expect(r.pairs).toHaveLength(mobile.length);
    for (const p of r.pairs)
      expect(p.checkpoint.replaceAll('.', '/').startsWith(`module/${p.graph.split('/')[0]}`)).toBe(true);
    expect(r.pairs.every((p) => p.how === 'rule')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { nasnetGraph } from '../../model/nasnet/graph';
import { buildGraphView } from './graphView';
import { pickForCheckpoint } from './pickVariable';

const graph = nasnetGraph('nasnet-mobile', 'inference');
const byName = new Map(graph.variables.map((v) => [v.name, v]));
const lookup = (n: string) => byName.get(n);
const node = (id: string) => buildGraphView(graph, new Set(['cell_0'])).nodes.find((n) => n.id === id)!;

describe('pickForCheckpoint', () => {
  const op = node('op:cell_0/comb_iter_0/left');

  it('keeps the whole node when no checkpoint variable is selected', () => {
    expect(pickForCheckpoint(op.variables, null, lookup)).toHaveLength(12);
  });

  it('keeps the whole node when the choice is ambiguous', () => {
    // two 5x5x44 depthwise kernels and a foreign leaf name: nothing to decide by
    const ckpt = { name: 'normal_A_block_0/separable_conv_1/depthwise_kernel', shape: [5, 5, 44, 1] };
    expect(pickForCheckpoint(op.variables, ckpt, lookup)).toHaveLength(12);
  });

  it('tells the two batch norms of a separable stack apart by their scope', () => {
    const gamma = { name: 'tower_0/cell_0/comb_iter_0/left/bn_sep_5x5_2/gamma', shape: [44] };
    expect(pickForCheckpoint(op.variables, gamma, lookup)).toEqual([
      'cell_0/comb_iter_0/left/bn_sep_5x5_2/gamma',
    ]);
  });

  it('picks the single fitting variable of a conv + bn node', () => {
    const conv = node('op:cell_0/path1');
    expect(conv.variables).toEqual(['cell_0/path1_conv/weights']);
    const beginning = node('op:cell_0/beginning');
    const w = { name: 'tower_0/cell_0/1x1/weights', shape: [1, 1, 88, 44] };
    expect(pickForCheckpoint(beginning.variables, w, lookup)).toEqual(['cell_0/1x1/weights']);
    const gamma = { name: 'tower_0/cell_0/beginning_bn/gamma', shape: [44] };
    expect(pickForCheckpoint(beginning.variables, gamma, lookup)).toEqual(['cell_0/beginning_bn/gamma']);
  });
});

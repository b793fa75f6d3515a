import { describe, expect, it } from 'vitest';
import { classifyRole } from './roles';

describe('classifyRole', () => {
  it.each([
    ['cell_0/comb_iter_0/left/separable_5x5/depthwise_weights', 'weight'],
    ['cell_stem_0/Stem/BatchNorm/beta', 'weight'],
    ['final_layer/FC/weights/ExponentialMovingAverage', 'ema'],
    ['cell_0/1x1/weights/RMSProp', 'optimizer_slot'],
    ['cell_0/1x1/weights/RMSProp_1', 'optimizer_slot'],
    ['Variable_3/Adam_1', 'optimizer_slot'],
    ['conv/w/Momentum', 'optimizer_slot'],
    ['training/Ftrl/linear/linear_model/age/weights/accumulator', 'optimizer_slot'],
    ['Adam/dense/kernel/m', 'optimizer_slot'],
    ['layer-1/bias/.OPTIMIZER_SLOT/optimizer/m/.ATTRIBUTES/VARIABLE_VALUE', 'optimizer_slot'],
    ['global_step', 'bookkeeping'],
    ['save_counter/.ATTRIBUTES/VARIABLE_VALUE', 'bookkeeping'],
    ['optimizer/iter/.ATTRIBUTES/VARIABLE_VALUE', 'bookkeeping'],
    ['optimizer/learning_rate/.ATTRIBUTES/VARIABLE_VALUE', 'bookkeeping'],
    ['beta1_power', 'bookkeeping'],
    ['training/Ftrl/beta', 'bookkeeping'],
    ['normal_A_block_0/normal_bn_1/moving_mean/biased', 'bookkeeping'],
    ['normal_A_block_0/normal_bn_1/moving_variance/local_step', 'bookkeeping'],
    ['_CHECKPOINTABLE_OBJECT_GRAPH', 'object_graph'],
    ['bn/moving_mean', 'weight'],
  ])('%s → %s', (name, role) => {
    expect(classifyRole(name)).toBe(role);
  });

  it('uses the TF2 full_name when the object key alone says nothing', () => {
    expect(classifyRole('x/.ATTRIBUTES/VARIABLE_VALUE', 'model/dense/kernel/ExponentialMovingAverage')).toBe(
      'ema',
    );
    expect(classifyRole('decoder/conv1/w/.ATTRIBUTES/VARIABLE_VALUE', 'decoder/dec_1/w')).toBe('weight');
  });
});

/**
 * PNASNet-5 hyperparameters as data, from TF-Slim's pnasnet.py (`mobile_imagenet_config`,
 * `large_imagenet_config`; the arg scopes are NASNet's, batch-norm epsilon 1e-3).
 */
import type { PnasnetModelName } from '../modelTypes';
import { FUSED_BATCH_NORM_MIN_EPSILON, type CellNetworkConfig } from '../nasnet/configs';

export type { PnasnetModelName } from '../modelTypes';

/** `numCells` counts every cell after the stem; `num_reduction_layers` of them run with stride 2. */
export interface PnasnetConfig extends CellNetworkConfig {
  name: PnasnetModelName;
}

const EPSILON = 1e-3;

// Both configs set skip_reduction_layer_input=1: every cell's previous layer is cell_outputs[-2].
export const PNASNET_CONFIGS: Readonly<Record<PnasnetModelName, PnasnetConfig>> = {
  'pnasnet-mobile': {
    name: 'pnasnet-mobile',
    label: 'PNASNet-5 Mobile (9 cells, 54 filters, 224×224)',
    numCells: 9,
    numReductionLayers: 2,
    numConvFilters: 54,
    stemMultiplier: 1.0,
    filterScalingRate: 2.0,
    useAuxHead: true,
    imageSize: 224,
    numClasses: 1001,
    batchNormEpsilon: EPSILON,
    effectiveBatchNormEpsilon: Math.max(EPSILON, FUSED_BATCH_NORM_MIN_EPSILON),
    dropPathKeepProb: 1.0,
    denseDropoutKeepProb: 0.5,
    totalTrainingSteps: 250000,
  },
  'pnasnet-large': {
    name: 'pnasnet-large',
    label: 'PNASNet-5 Large (12 cells, 216 filters, 331×331)',
    numCells: 12,
    numReductionLayers: 2,
    numConvFilters: 216,
    stemMultiplier: 3.0,
    filterScalingRate: 2.0,
    useAuxHead: true,
    imageSize: 331,
    numClasses: 1001,
    batchNormEpsilon: EPSILON,
    effectiveBatchNormEpsilon: Math.max(EPSILON, FUSED_BATCH_NORM_MIN_EPSILON),
    dropPathKeepProb: 0.6,
    denseDropoutKeepProb: 0.5,
    totalTrainingSteps: 250000,
  },
};

export function pnasnetConfig(name: PnasnetModelName): PnasnetConfig {
  return PNASNET_CONFIGS[name];
}

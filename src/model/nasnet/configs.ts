/**
 * NASNet-A hyperparameters as data, from TF-Slim's nasnet.py (`mobile_imagenet_config`,
 * `large_imagenet_config`, `cifar_config` and the matching `nasnet_*_arg_scope`).
 * Training-only knobs (drop path, dropout) are kept for display; inference ignores them.
 */
import type { NasnetModelName } from '../modelTypes';

export type { GraphMode, NasnetModelName } from '../modelTypes';
export { GRAPH_MODES } from '../modelTypes';

export type StemType = 'imagenet' | 'cifar';

/** What every NASNet-family config holds (PNASNet-5's too: see `pnasnet/configs.ts`). */
export interface CellNetworkConfig {
  /** Human label for pickers, e.g. "NASNet-A Mobile (4 @ 1056, 224×224)". */
  label: string;
  /** NASNet: normal cells (reduction cells come on top); PNASNet: every cell after the stem. */
  numCells: number;
  numReductionLayers: number;
  /** Filters of the first cells (`num_conv_filters`). */
  numConvFilters: number;
  stemMultiplier: number;
  filterScalingRate: number;
  useAuxHead: boolean;
  imageSize: number;
  /** Default logits width (a graph may be built with any other); ImageNet has 1001 (0 = background). */
  numClasses: number;
  /** Batch-norm epsilon as the arg scope asks for it. */
  batchNormEpsilon: number;
  /**
   * The epsilon TF's fused batch norm actually uses: it raises anything below cuDNN's minimum
   * (1.001e-5) to that minimum, so CIFAR's 1e-5 runs as 1.001e-5.
   */
  effectiveBatchNormEpsilon: number;
  dropPathKeepProb: number;
  denseDropoutKeepProb: number;
  totalTrainingSteps: number;
}

export interface NasnetConfig extends CellNetworkConfig {
  name: NasnetModelName;
  stemType: StemType;
  /** Channels of the last cell's output (6 × the last filter size), the "@ N" of the name. */
  penultimateFilters: number;
  /** Large feeds a normal cell after a reduction the state from before the reduction's input. */
  skipReductionLayerInput: boolean;
}

/** TF's `fused_batch_norm` floor on epsilon (cuDNN's CUDNN_BN_MIN_EPSILON plus margin). */
export const FUSED_BATCH_NORM_MIN_EPSILON = 1.001e-5;

const fusedEpsilon = (epsilon: number): number => Math.max(epsilon, FUSED_BATCH_NORM_MIN_EPSILON);

export const NASNET_CONFIGS: Readonly<Record<NasnetModelName, NasnetConfig>> = {
  'nasnet-mobile': {
    name: 'nasnet-mobile',
    label: 'NASNet-A Mobile (4 @ 1056, 224×224)',
    stemType: 'imagenet',
    numCells: 12,
    numReductionLayers: 2,
    numConvFilters: 44,
    penultimateFilters: 1056,
    stemMultiplier: 1.0,
    filterScalingRate: 2.0,
    skipReductionLayerInput: false,
    useAuxHead: true,
    imageSize: 224,
    numClasses: 1001,
    batchNormEpsilon: 1e-3,
    effectiveBatchNormEpsilon: fusedEpsilon(1e-3),
    dropPathKeepProb: 1.0,
    denseDropoutKeepProb: 0.5,
    totalTrainingSteps: 250000,
  },
  'nasnet-large': {
    name: 'nasnet-large',
    label: 'NASNet-A Large (6 @ 4032, 331×331)',
    stemType: 'imagenet',
    numCells: 18,
    numReductionLayers: 2,
    numConvFilters: 168,
    penultimateFilters: 4032,
    stemMultiplier: 3.0,
    filterScalingRate: 2.0,
    skipReductionLayerInput: true,
    useAuxHead: true,
    imageSize: 331,
    numClasses: 1001,
    batchNormEpsilon: 1e-3,
    effectiveBatchNormEpsilon: fusedEpsilon(1e-3),
    dropPathKeepProb: 0.7,
    denseDropoutKeepProb: 0.5,
    totalTrainingSteps: 250000,
  },
  'nasnet-cifar': {
    name: 'nasnet-cifar',
    label: 'NASNet-A CIFAR (6 @ 768, 32×32)',
    stemType: 'cifar',
    numCells: 18,
    numReductionLayers: 2,
    numConvFilters: 32,
    penultimateFilters: 768,
    stemMultiplier: 3.0,
    filterScalingRate: 2.0,
    skipReductionLayerInput: false,
    useAuxHead: true,
    imageSize: 32,
    numClasses: 10,
    batchNormEpsilon: 1e-5,
    effectiveBatchNormEpsilon: fusedEpsilon(1e-5),
    dropPathKeepProb: 0.6,
    denseDropoutKeepProb: 1.0,
    totalTrainingSteps: 937500,
  },
};

/** The models in picker order. */
export const NASNET_MODELS: readonly { name: NasnetModelName; label: string }[] = (
  ['nasnet-mobile', 'nasnet-large', 'nasnet-cifar'] as const
).map((name) => ({ name, label: NASNET_CONFIGS[name].label }));

export function isNasnetModelName(s: string): s is NasnetModelName {
  return Object.prototype.hasOwnProperty.call(NASNET_CONFIGS, s);
}

export function nasnetConfig(name: NasnetModelName): NasnetConfig {
  return NASNET_CONFIGS[name];
}

/** Slim's `calc_reduction_layers`: the normal-cell indices a reduction cell is inserted before. */
export function reductionIndices(config: Pick<NasnetConfig, 'numCells' | 'numReductionLayers'>): number[] {
  const out: number[] = [];
  for (let poolNum = 1; poolNum <= config.numReductionLayers; poolNum++) {
    out.push(Math.floor((poolNum / (config.numReductionLayers + 1)) * config.numCells));
  }
  return out;
}

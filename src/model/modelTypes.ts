/**
 * The identity of a model Slimscope can build, shared by every layer above `model`. Each family
 * keeps its own spec folder (`nasnet/`, …); `catalogue.ts` lists them all.
 */
export type NasnetModelName = 'nasnet-mobile' | 'nasnet-large' | 'nasnet-cifar';

export type PnasnetModelName = 'pnasnet-mobile' | 'pnasnet-large';

/** Every model in the catalogue. */
export type ModelName = NasnetModelName | PnasnetModelName;

/** The TF-Slim file the model comes from: nasnet.py (NASNet-A) or pnasnet.py (PNASNet-5). */
export type ModelFamily = 'nasnet-a' | 'pnasnet-5';

/** `inference` = `is_training=False` (no aux head); `training` = layout of released checkpoints. */
export type GraphMode = 'inference' | 'training';

export const GRAPH_MODES: readonly GraphMode[] = ['inference', 'training'];

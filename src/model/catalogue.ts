/**
 * Every model Slimscope can build, as one list: detection scores each entry against a checkpoint,
 * pickers list them, the CLI accepts their names. A new model joins by being listed here.
 */
import type { GraphVariable } from './graphVariable';
import { GRAPH_MODES, NASNET_CONFIGS, type GraphMode, type NasnetModelName } from './nasnet/configs';
import { nasnetGraph, type GraphDescription } from './nasnet/graph';

/** Names of the models in the catalogue. */
export type ModelName = NasnetModelName;

/** One buildable graph: the model, its mode and TF-Slim's `num_classes` (the logits width). */
export interface GraphConfig {
  model: ModelName;
  mode: GraphMode;
  numClasses: number;
}

export interface CatalogueModel {
  name: ModelName;
  /** Picker label, e.g. "NASNet-A Mobile (4 @ 1056, 224×224)". */
  label: string;
  /** Short name for sentences, e.g. "NASNet-A Mobile". */
  shortLabel: string;
  /** The class count of the released checkpoints (1001 ImageNet with background, 10 CIFAR). */
  defaultClasses: number;
  /** Which label set a class count of this model means (`cifar10` for 10 CIFAR classes). */
  dataset: 'imagenet' | 'cifar10';
  imageSize: number;
  graph(mode: GraphMode, numClasses: number): GraphDescription;
}

const nasnetEntry = (name: NasnetModelName): CatalogueModel => {
  const c = NASNET_CONFIGS[name];
  return {
    name,
    label: c.label,
    shortLabel: c.label.replace(/\s*\(.*\)$/, ''),
    defaultClasses: c.numClasses,
    dataset: c.stemType === 'cifar' ? 'cifar10' : 'imagenet',
    imageSize: c.imageSize,
    graph: (mode, numClasses) => nasnetGraph(name, mode, numClasses),
  };
};

export const MODEL_CATALOGUE: readonly CatalogueModel[] = [
  nasnetEntry('nasnet-mobile'),
  nasnetEntry('nasnet-large'),
  nasnetEntry('nasnet-cifar'),
];

export { GRAPH_MODES };
export type { GraphMode };

export function isModelName(s: string): s is ModelName {
  return MODEL_CATALOGUE.some((m) => m.name === s);
}

export function catalogueModel(name: ModelName): CatalogueModel {
  const m = MODEL_CATALOGUE.find((x) => x.name === name);
  if (!m) throw new Error(`unknown model ${name}`);
  return m;
}

/** The default configuration of a model: its released class count. */
export function defaultConfig(model: ModelName, mode: GraphMode = 'inference'): GraphConfig {
  return { model, mode, numClasses: catalogueModel(model).defaultClasses };
}

export function graphOf(config: GraphConfig): GraphDescription {
  return catalogueModel(config.model).graph(config.mode, config.numClasses);
}

export function variablesOf(config: GraphConfig): GraphVariable[] {
  return graphOf(config).variables;
}

/** "NASNet-A Large, inference, 1000 classes". */
export function describeConfig(config: GraphConfig): string {
  return `${catalogueModel(config.model).shortLabel}, ${config.mode}, ${config.numClasses} classes`;
}

export const sameConfig = (a: GraphConfig, b: GraphConfig): boolean =>
  a.model === b.model && a.mode === b.mode && a.numClasses === b.numClasses;

/** The logits layer's weight in a graph (the FC producing the `Logits` end point). */
export function logitsWeight(graph: GraphDescription): GraphVariable | undefined {
  const opId = graph.endpoints.Logits;
  return graph.variables.find((v) => v.op === opId && v.kind === 'weights');
}

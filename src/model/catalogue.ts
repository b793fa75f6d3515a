import type { GraphVariable } from './graphVariable';
import { compileNasnet, type CompileOptions } from './nasnet/compile';
import { NASNET_CONFIGS } from './nasnet/configs';
import { nasnetGraph } from './nasnet/graph';
import type { GraphDescription } from './nasnet/graphTypes';
import type { NasnetProgram } from './nasnet/programTypes';
import { PNASNET_CONFIGS } from './pnasnet/configs';
import { pnasnetGraph } from './pnasnet/graph';
import type { GraphMode, ModelFamily, ModelName } from './modelTypes';

export type { GraphMode, ModelFamily, ModelName } from './modelTypes';
export { GRAPH_MODES } from './modelTypes';

/** One model Slimscope can build: what pickers show and how to derive its graph. */
export interface ModelEntry {
  name: ModelName;
  /** Human label for pickers, e.g. "NASNet-A Mobile (4 @ 1056, 224×224)". */
  label: string;
  family: ModelFamily;
  /** Input height = width. */
  imageSize: number;
  /** Short name for sentences, e.g. "NASNet-A Mobile". */
  shortLabel: string;
  /** Logits width of the released head (ImageNet: 1001, index 0 = background); any other can be built. */
  numClasses: number;
  /** Which label set the released class count means (`cifar10` for NASNet CIFAR's 10 classes). */
  dataset: 'imagenet' | 'cifar10';
  /**
   * The graph description (cells, ops, ordered variables) with TF-Slim's `num_classes` (default:
   * the released head's); pure and cached.
   */
  graph(mode: GraphMode, numClasses?: number): GraphDescription;
}

const shortLabelOf = (label: string): string => label.replace(/\s*\(.*\)$/, '');

const nasnetEntry = (name: keyof typeof NASNET_CONFIGS): ModelEntry => {
  const c = NASNET_CONFIGS[name];
  return {
    name,
    label: c.label,
    shortLabel: shortLabelOf(c.label),
    family: 'nasnet-a',
    imageSize: c.imageSize,
    numClasses: c.numClasses,
    dataset: c.stemType === 'cifar' ? 'cifar10' : 'imagenet',
    graph: (mode, numClasses) => nasnetGraph(name, mode, numClasses),
  };
};

const pnasnetEntry = (name: keyof typeof PNASNET_CONFIGS): ModelEntry => {
  const c = PNASNET_CONFIGS[name];
  return {
    name,
    label: c.label,
    shortLabel: shortLabelOf(c.label),
    family: 'pnasnet-5',
    imageSize: c.imageSize,
    numClasses: c.numClasses,
    dataset: 'imagenet',
    graph: (mode, numClasses) => pnasnetGraph(name, mode, numClasses),
  };
};

/** Every model, in picker order. Add a model here once its spec folder derives a graph. */
export const MODEL_CATALOGUE: readonly ModelEntry[] = [
  nasnetEntry('nasnet-mobile'),
  nasnetEntry('nasnet-large'),
  nasnetEntry('nasnet-cifar'),
  pnasnetEntry('pnasnet-mobile'),
  pnasnetEntry('pnasnet-large'),
];

const byName = new Map<string, ModelEntry>(MODEL_CATALOGUE.map((m) => [m.name, m]));

export const MODEL_NAMES: readonly ModelName[] = MODEL_CATALOGUE.map((m) => m.name);

export function isModelName(s: string): s is ModelName {
  return byName.has(s);
}

export function modelEntry(name: ModelName): ModelEntry {
  const entry = byName.get(name);
  if (!entry) throw new Error(`Unknown model ${name}`);
  return entry;
}

/** The graph description of a model in a mode (cached by the family's builder). */
export function modelGraph(name: ModelName, mode: GraphMode, numClasses?: number): GraphDescription {
  return modelEntry(name).graph(mode, numClasses);
}

/** The variables of a model in TF-Slim's creation order. */
export function modelVariables(name: ModelName, mode: GraphMode, numClasses?: number): GraphVariable[] {
  return modelGraph(name, mode, numClasses).variables;
}

/** The inference program of a model, given its weights by graph variable name. */
export function compileModel(
  name: ModelName,
  weight: (name: string) => Float32Array,
  options: CompileOptions & { numClasses?: number } = {},
): NasnetProgram {
  return compileNasnet(modelGraph(name, 'inference', options.numClasses), weight, options);
}

/** One buildable graph: the model, its mode and TF-Slim's `num_classes` (the logits width). */
export interface GraphConfig {
  model: ModelName;
  mode: GraphMode;
  numClasses: number;
}

/** The default configuration of a model: its released class count. */
export function defaultConfig(model: ModelName, mode: GraphMode = 'inference'): GraphConfig {
  return { model, mode, numClasses: modelEntry(model).numClasses };
}

export function graphOf(config: GraphConfig): GraphDescription {
  return modelGraph(config.model, config.mode, config.numClasses);
}

export function variablesOf(config: GraphConfig): GraphVariable[] {
  return graphOf(config).variables;
}

/** "NASNet-A Large, inference, 1000 classes". */
export function describeConfig(config: GraphConfig): string {
  return `${modelEntry(config.model).shortLabel}, ${config.mode}, ${config.numClasses} classes`;
}

export const sameConfig = (a: GraphConfig, b: GraphConfig): boolean =>
  a.model === b.model && a.mode === b.mode && a.numClasses === b.numClasses;

/** The logits layer's weight in a graph (the FC producing the `Logits` end point). */
export function logitsWeight(graph: GraphDescription): GraphVariable | undefined {
  const opId = graph.endpoints.Logits;
  return graph.variables.find((v) => v.op === opId && v.kind === 'weights');
}

/** "nasnet-mobile, nasnet-large, …" for usage messages. */
export function modelNameList(separator = ', '): string {
  return MODEL_NAMES.join(separator);
}

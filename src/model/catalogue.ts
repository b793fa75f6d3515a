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
  /** Logits width of the default head (ImageNet: 1001, index 0 = background). */
  numClasses: number;
  /** The graph description (cells, ops, ordered variables); pure and cached. */
  graph(mode: GraphMode): GraphDescription;
}

const nasnetEntry = (name: keyof typeof NASNET_CONFIGS): ModelEntry => {
  const c = NASNET_CONFIGS[name];
  return {
    name,
    label: c.label,
    family: 'nasnet-a',
    imageSize: c.imageSize,
    numClasses: c.numClasses,
    graph: (mode) => nasnetGraph(name, mode),
  };
};

const pnasnetEntry = (name: keyof typeof PNASNET_CONFIGS): ModelEntry => {
  const c = PNASNET_CONFIGS[name];
  return {
    name,
    label: c.label,
    family: 'pnasnet-5',
    imageSize: c.imageSize,
    numClasses: c.numClasses,
    graph: (mode) => pnasnetGraph(name, mode),
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
export function modelGraph(name: ModelName, mode: GraphMode): GraphDescription {
  return modelEntry(name).graph(mode);
}

/** The variables of a model in TF-Slim's creation order. */
export function modelVariables(name: ModelName, mode: GraphMode): GraphVariable[] {
  return modelGraph(name, mode).variables;
}

/** The inference program of a model, given its weights by graph variable name. */
export function compileModel(
  name: ModelName,
  weight: (name: string) => Float32Array,
  options: CompileOptions = {},
): NasnetProgram {
  return compileNasnet(modelGraph(name, 'inference'), weight, options);
}

/** "nasnet-mobile, nasnet-large, …" for usage messages. */
export function modelNameList(separator = ', '): string {
  return MODEL_NAMES.join(separator);
}

import { SlimscopeError } from '../../base/errors';
import type { CancelSignal, ProgressCallback } from '../../base/progress';
import type { CheckpointReader, CheckpointVariable, TensorData } from '../../formats/checkpoint';
import type { GraphVariable } from '../graphVariable';
import { toFloat32 } from './floatValues';
import { assertNotCancelled } from '../../base/cancel';

/** Rewrites a stored tensor into the graph's layout (transpose, background row, …). */
export type TensorTransform = (t: TensorData) => TensorData;

/** One checkpoint variable assigned to one graph variable. */
export interface WeightAssignment {
  checkpoint: string;
  graph: string;
  transform?: TensorTransform;
}

export interface WeightLoadReport {
  /** Graph variables that received a value. */
  loaded: number;
  /** Graph variables left without weights (the model cannot run until this is empty). */
  missing: GraphVariable[];
  /** Weight-role checkpoint variables not assigned to any graph variable of this graph. */
  unusedCheckpoint: string[];
}

export interface LoadedWeights {
  /** Graph variable name → float32 values in the graph's shape. */
  values: Map<string, Float32Array>;
  report: WeightLoadReport;
}

export interface LoadWeightsOptions {
  signal?: CancelSignal;
  onProgress?: ProgressCallback;
  /**
   * Receives each weight as soon as it is read and checked, in graph order, instead of the result
   * collecting them (`values` then stays empty): the caller holds at most what it keeps. Awaited,
   * so a slow receiver slows the reading down.
   */
  onWeight?: (graphName: string, values: Float32Array) => void | Promise<void>;
}

const fmt = (shape: readonly number[]): string => `[${shape.join(',')}]`;

/**
 * Pairs every graph variable with a checkpoint variable: the assignment if one names it, else the
 * checkpoint variable of the same name (absent from the mapping = identity).
 */
function planAssignments(
  reader: CheckpointReader,
  graphVars: readonly GraphVariable[],
  assignments: readonly WeightAssignment[] | null,
): Map<string, WeightAssignment> {
  const stored = new Set(reader.variables.map((v) => v.name));
  const graphNames = new Set(graphVars.map((v) => v.name));
  const plan = new Map<string, WeightAssignment>();
  for (const a of assignments ?? []) {
    if (!graphNames.has(a.graph)) continue;
    if (!stored.has(a.checkpoint)) {
      throw new SlimscopeError({
        code: 'BAD_MAPPING',
        file: reader.prefix,
        problem: `The mapping assigns checkpoint variable "${a.checkpoint}" to "${a.graph}", but the checkpoint has no such variable.`,
        hint: 'Check that the mapping was made for this checkpoint, or re-run the matcher.',
      });
    }
    plan.set(a.graph, a);
  }
  for (const v of graphVars) {
    if (!plan.has(v.name) && stored.has(v.name)) plan.set(v.name, { checkpoint: v.name, graph: v.name });
  }
  return plan;
}

/**
 * The graph variables no checkpoint variable will fill (known before reading anything); throws
 * `BAD_MAPPING` like `loadNasnetWeights` when an assignment names an absent checkpoint variable.
 */
export function unfilledGraphVariables(
  reader: CheckpointReader,
  graphVars: readonly GraphVariable[],
  assignments: readonly WeightAssignment[] | null,
): GraphVariable[] {
  const plan = planAssignments(reader, graphVars, assignments);
  return graphVars.filter((v) => !plan.has(v.name));
}

function checkTensor(t: TensorData, target: GraphVariable, a: WeightAssignment, file: string): Float32Array {
  if (fmt(t.shape) !== fmt(target.shape)) {
    throw new SlimscopeError({
      code: 'SHAPE_MISMATCH',
      file,
      problem: `"${a.checkpoint}" has shape ${fmt(t.shape)} but graph variable "${target.name}" needs ${fmt(target.shape)}.`,
      hint: a.transform
        ? 'The transform on this pair does not produce the graph layout; pick another pair or transform.'
        : 'Map it to a variable of the same shape, or add the layout transform this pair needs.',
    });
  }
  const values = toFloat32(t);
  if (!values) {
    throw new SlimscopeError({
      code: 'DTYPE_MISMATCH',
      file,
      problem: `"${a.checkpoint}" is ${t.dtype}; graph variable "${target.name}" needs floating-point values.`,
      hint: 'Only float16, bfloat16, float32 and float64 weights can be loaded into the model.',
    });
  }
  return values;
}

/**
 * Reads the weights of a graph from a checkpoint, checking shape and dtype of every pair, and
 * reports each graph variable left without weights. Progress counts bytes read.
 */
export async function loadNasnetWeights(
  reader: CheckpointReader,
  graphVars: readonly GraphVariable[],
  assignments: readonly WeightAssignment[] | null,
  options: LoadWeightsOptions = {},
): Promise<LoadedWeights> {
  const plan = planAssignments(reader, graphVars, assignments);
  const byName = new Map<string, CheckpointVariable>(reader.variables.map((v) => [v.name, v]));
  const total = [...plan.values()].reduce((sum, a) => sum + (byName.get(a.checkpoint)?.bytes ?? 0), 0);
  const values = new Map<string, Float32Array>();
  const missing: GraphVariable[] = [];
  let done = 0;
  let loaded = 0;
  for (const target of graphVars) {
    assertNotCancelled(options.signal, 'Loading weights', reader.prefix);
    const a = plan.get(target.name);
    if (!a) {
      missing.push(target);
      continue;
    }
    const raw = await reader.readTensor(a.checkpoint, { signal: options.signal });
    const t = a.transform ? a.transform(raw) : raw;
    const checked = checkTensor(t, target, a, reader.prefix);
    loaded++;
    if (options.onWeight) await options.onWeight(target.name, checked);
    else values.set(target.name, checked);
    done += byName.get(a.checkpoint)?.bytes ?? 0;
    options.onProgress?.({ phase: 'Loading weights', done, total });
  }
  const used = new Set([...plan.values()].map((a) => a.checkpoint));
  const unusedCheckpoint = reader.variables
    .filter((v) => v.role === 'weight' && !used.has(v.name))
    .map((v) => v.name);
  return { values, report: { loaded, missing, unusedCheckpoint } };
}

/** Throws a readable error when a report leaves graph variables without weights. */
export function assertComplete(report: WeightLoadReport, file: string): void {
  if (report.missing.length === 0) return;
  const first = report.missing.slice(0, 5).map((v) => v.name);
  throw new SlimscopeError({
    code: 'NOT_FOUND',
    file,
    problem: `${report.missing.length} graph variable(s) have no weights, e.g. ${first.join(', ')}.`,
    hint: 'Match the missing variables (or pass a mapping file) before running the model.',
  });
}

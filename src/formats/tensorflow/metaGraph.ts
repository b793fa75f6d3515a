import { SlimscopeError } from '../../base/errors';
import type { CheckpointVariable, DType } from '../checkpoint';
import { dtypeFromEnum } from './dtypes';
import { int64ToNumber, tensorflow } from './proto';

/** A variable as the graph (`.meta` / `saved_model.pb`) declares it. */
export interface GraphVariableInfo {
  name: string;
  dtype?: DType;
  /** Undefined when the graph leaves the shape unknown. */
  shape?: number[];
}

export interface GraphSummary {
  file: string;
  tensorflowVersion: string;
  variables: GraphVariableInfo[];
  /** Tensor names in the graph's save op(s) (TF1 savers); empty when the graph has none. */
  savedNames: string[];
}

const VARIABLE_OPS = new Set(['Variable', 'VariableV2', 'VarHandleOp', 'AutoReloadVariable']);
const SAVE_OPS = new Set(['SaveV2', 'SaveSlices', 'Save']);

function decodeOrThrow<T>(decode: () => T, file: string): T {
  try {
    return decode();
  } catch (cause) {
    throw new SlimscopeError({
      code: 'BAD_PROTO',
      file,
      problem: 'The graph file cannot be decoded (not a MetaGraphDef / SavedModel).',
      hint: 'The checkpoint is still usable; the graph cross-check is skipped.',
      cause,
    });
  }
}

/** Summarizes a `.meta` file (MetaGraphDef). */
export function readMetaGraph(bytes: Uint8Array, file: string): GraphSummary {
  return summarize(
    decodeOrThrow(() => tensorflow.MetaGraphDef.decode(bytes), file),
    file,
  );
}

/** Summarizes a `saved_model.pb`: the `serve` meta graph, or the first one. */
export function readSavedModel(bytes: Uint8Array, file: string): GraphSummary {
  const model = decodeOrThrow(() => tensorflow.SavedModel.decode(bytes), file);
  const graphs = model.metaGraphs;
  const mg = graphs.find((g) => g.metaInfoDef?.tags?.includes('serve')) ?? graphs[0];
  if (!mg) return { file, tensorflowVersion: '', variables: [], savedNames: [] };
  return summarize(mg, file);
}

function shapeOf(s: tensorflow.ITensorShapeProto | null | undefined): number[] | undefined {
  if (!s || s.unknownRank) return undefined;
  const dims = (s.dim ?? []).map((d) => int64ToNumber(d.size));
  return dims.some((d) => d < 0) ? undefined : dims;
}

function summarize(mg: tensorflow.IMetaGraphDef, file: string): GraphSummary {
  const byName = new Map<string, GraphVariableInfo>();
  const nodes = mg.graphDef?.node ?? [];
  const constants = new Map(nodes.filter((n) => n.op === 'Const').map((n) => [n.name ?? '', n]));
  const savedNames: string[] = [];
  for (const n of nodes) {
    if (VARIABLE_OPS.has(n.op ?? '')) {
      const info: GraphVariableInfo = { name: n.name ?? '' };
      const dtype = dtypeFromEnum(n.attr?.dtype?.type ?? 0);
      const shape = shapeOf(n.attr?.shape?.shape);
      if (dtype) info.dtype = dtype;
      if (shape) info.shape = shape;
      byName.set(info.name, info);
    } else if (SAVE_OPS.has(n.op ?? '')) {
      const namesNode = constants.get((n.input?.[1] ?? '').replace(/:0$/, ''));
      const names = namesNode?.attr?.value?.tensor?.stringVal ?? [];
      savedNames.push(...names.map((s) => new TextDecoder().decode(s)));
    }
  }
  addPartitionedFullNames(mg, byName);
  for (const o of mg.objectGraphDef?.nodes ?? []) {
    const v = o.variable;
    if (!v?.name || byName.has(v.name)) continue;
    const info: GraphVariableInfo = { name: v.name };
    const dtype = dtypeFromEnum(v.dtype ?? 0);
    const shape = shapeOf(v.shape);
    if (dtype) info.dtype = dtype;
    if (shape) info.shape = shape;
    byName.set(v.name, info);
  }
  const version = mg.metaInfoDef?.tensorflowVersion ?? '';
  return {
    file,
    tensorflowVersion: version,
    variables: [...byName.values()],
    savedNames: [...new Set(savedNames)],
  };
}

/** Partitioned variables: their VariableDefs carry the full name and full shape. */
function addPartitionedFullNames(mg: tensorflow.IMetaGraphDef, byName: Map<string, GraphVariableInfo>): void {
  const collection = mg.collectionDef?.variables?.bytesList?.value ?? [];
  for (const bytes of collection) {
    let def: tensorflow.VariableDef;
    try {
      def = tensorflow.VariableDef.decode(bytes);
    } catch {
      continue;
    }
    const info = def.saveSliceInfoDef;
    if (!info?.fullName || byName.has(info.fullName)) continue;
    const part = byName.get(def.variableName.replace(/:0$/, ''));
    const full: GraphVariableInfo = {
      name: info.fullName,
      shape: (info.fullShape ?? []).map((d) => int64ToNumber(d)),
    };
    if (part?.dtype) full.dtype = part.dtype;
    byName.set(info.fullName, full);
  }
}

/**
 * Compares the checkpoint's variables with the graph's: dtype/shape disagreements and names the
 * save op lists but the checkpoint lacks (or the reverse) become warnings naming the graph file.
 */
export function crossCheckGraph(vars: readonly CheckpointVariable[], g: GraphSummary): SlimscopeError[] {
  const graph = new Map(g.variables.map((v) => [v.name, v]));
  const warnings: SlimscopeError[] = [];
  const warn = (code: 'DTYPE_MISMATCH' | 'SHAPE_MISMATCH' | 'NOT_FOUND', problem: string) =>
    warnings.push(
      new SlimscopeError({
        code,
        file: g.file,
        problem,
        hint: 'The graph file may belong to another checkpoint.',
      }),
    );
  const stored = vars.filter((v) => v.role !== 'object_graph');
  for (const v of stored) {
    const gv = graph.get(v.fullName ?? v.name) ?? graph.get(v.name);
    if (!gv) continue;
    if (gv.dtype && gv.dtype !== v.dtype)
      warn('DTYPE_MISMATCH', `"${v.name}" is ${v.dtype} but the graph says ${gv.dtype}.`);
    if (gv.shape && gv.shape.join(',') !== v.shape.join(',')) {
      warn('SHAPE_MISMATCH', `"${v.name}" has shape [${v.shape}] but the graph says [${gv.shape}].`);
    }
  }
  if (g.savedNames.length > 0) {
    const names = new Set(stored.map((v) => v.name));
    const saved = new Set(g.savedNames);
    for (const n of g.savedNames)
      if (!names.has(n)) warn('NOT_FOUND', `The graph's saver lists "${n}", which the checkpoint lacks.`);
    for (const n of names)
      if (!saved.has(n)) warn('NOT_FOUND', `"${n}" is in the checkpoint but not in the graph's saver.`);
  }
  return warnings;
}

/** How many checkpoint variables the graph declares (by full name or key). */
export function countDeclared(vars: readonly CheckpointVariable[], g: GraphSummary): number {
  const names = new Set(g.variables.map((v) => v.name));
  return vars.filter(
    (v) => v.role !== 'object_graph' && (names.has(v.fullName ?? v.name) || names.has(v.name)),
  ).length;
}

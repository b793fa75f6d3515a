/**
 * Values set from user `.npy` files on graph variables: checked against the variable, held here in
 * the worker (never in the UI store), and served to weight loading and exports as if the file were
 * one more checkpoint tensor named by its file name (the pair's recorded source).
 */
import { SlimscopeError } from '../../base/errors';
import type { CheckpointReader, CheckpointVariable, TensorData } from '../../formats/checkpoint';
import { decodeNpy } from '../../formats/numpy/npy';
import { checkNpyForVariable } from '../../formats/numpy/checkNpyForVariable';
import { prepareNpyValue } from '../../formats/numpy/prepareNpyValue';
import type { MatchGraphVariable } from '../../matching/types';

/** Held values by open checkpoint handle, then by .npy file name. */
export class NpyValueStore {
  private readonly byHandle = new Map<number, Map<string, TensorData>>();

  of(handle: number): ReadonlyMap<string, TensorData> {
    return this.byHandle.get(handle) ?? new Map();
  }

  set(handle: number, fileName: string, value: TensorData): void {
    const held = this.byHandle.get(handle) ?? new Map<string, TensorData>();
    held.set(fileName, value);
    this.byHandle.set(handle, held);
  }

  delete(handle: number): void {
    this.byHandle.delete(handle);
  }
}

export type NpyOutcome =
  | { kind: 'value'; value: TensorData; notices: string[] }
  | { kind: 'refused'; reason: string }
  /** Shapes differ but transposed layouts fit: the user picks one (index into `options`). */
  | { kind: 'choose'; options: string[] };

/** Decodes and checks a .npy for a graph variable; `layout` picks a transposed layout when needed. */
export async function npyValueFor(
  file: Blob,
  fileName: string,
  target: MatchGraphVariable,
  layout: number | undefined,
): Promise<NpyOutcome> {
  const want = target.shape.reduce((a, b) => a * b, 1);
  if (file.size > want * 16 + 65536) {
    return {
      kind: 'refused',
      reason: `${fileName} is ${file.size} bytes, far more than ${target.name} holds`,
    };
  }
  let array: TensorData;
  try {
    array = decodeNpy(new Uint8Array(await file.arrayBuffer()), fileName);
  } catch (e) {
    if (e instanceof SlimscopeError) return { kind: 'refused', reason: e.problem };
    throw e;
  }
  const variable = { name: target.name, dtype: target.dtype ?? 'float32', shape: target.shape };
  const check = checkNpyForVariable(array, variable);
  if (!check.ok) return { kind: 'refused', reason: check.reason };
  if (check.layouts.length > 0 && layout === undefined) {
    return { kind: 'choose', options: check.layouts.map((l) => l.label) };
  }
  const value = prepareNpyValue(array, variable, check, layout ?? 0);
  return { kind: 'value', value: { ...value, name: fileName }, notices: check.notices };
}

/** The reader with the held .npy values added as tensors named by their file names. */
export function withNpyValues(
  reader: CheckpointReader,
  held: ReadonlyMap<string, TensorData>,
): CheckpointReader {
  if (held.size === 0) return reader;
  const extra: CheckpointVariable[] = [...held.values()].map((t) => ({
    name: t.name,
    dtype: t.dtype,
    shape: [...t.shape],
    bytes: t.values.length * 4,
    shard: -1,
    offset: 0,
    role: 'weight',
  }));
  const names = new Set(held.keys());
  return {
    format: reader.format,
    prefix: reader.prefix,
    warnings: reader.warnings,
    variables: [...reader.variables.filter((v) => !names.has(v.name)), ...extra],
    readTensor: (name, o) => {
      const t = held.get(name);
      return t ? Promise.resolve(t) : reader.readTensor(name, o);
    },
  };
}

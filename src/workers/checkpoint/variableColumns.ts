import type { CheckpointVariable, DType, TensorQuantization, VariableRole } from '../../formats/checkpoint';
import { buildScopeColumns, scopeBuffers, type ScopeColumns } from './scopeColumns';
import { ScopeTable } from './scopeTable';
import { encodeText, TextReader, type TextColumn } from './textColumns';

export type { TextColumn };

// The variable list as columns: a structured clone of 100,000 objects costs hundreds of ms on each
// side of postMessage, while a handful of typed arrays are transferred for free (and the joined
// names copied as one flat string). The page reads the columns through `VariableTable` and builds
// an object only for what it renders or selects.

const DTYPES: readonly DType[] = [
  'float16',
  'bfloat16',
  'float32',
  'float64',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'bool',
  'complex64',
  'complex128',
  'string',
  'resource',
  'variant',
];
const ROLES: readonly VariableRole[] = [
  'weight',
  'ema',
  'optimizer_slot',
  'bookkeeping',
  'object_graph',
  'metadata',
];
const DTYPE_CODE = new Map(DTYPES.map((d, i) => [d, i]));
const ROLE_CODE = new Map(ROLES.map((r, i) => [r, i]));

/** Rare per-variable fields, listed only for the variables that have them. */
export interface SparseExtras {
  index: number;
  slices?: number;
  quantization?: TensorQuantization;
}

/** The wire form of a variable list (every array transferable; the texts are single strings). */
export interface VariableColumns {
  count: number;
  names: TextColumn;
  dtypes: Uint8Array;
  roles: Uint8Array;
  /** Shape of variable i: `shapeValues[shapeOffsets[i] .. shapeOffsets[i + 1])`. */
  shapeOffsets: Uint32Array;
  shapeValues: Float64Array;
  bytes: Float64Array;
  shards: Int32Array;
  offsets: Float64Array;
  fullNames: TextColumn | null;
  values: TextColumn | null;
  layerClasses: TextColumn | null;
  extras: SparseExtras[];
  /** The scope tree of the names (built with the listing, transferred with it). */
  scopes: ScopeColumns;
}

/**
 * Encodes a variable list into columns, with its scope tree (in the worker, once per opened
 * checkpoint). `splitDots`: `.` separates scopes too (see `splitsDots`).
 */
export function encodeVariables(
  variables: readonly CheckpointVariable[],
  splitDots = false,
): VariableColumns {
  const n = variables.length;
  const dtypes = new Uint8Array(n);
  const roles = new Uint8Array(n);
  const shapeOffsets = new Uint32Array(n + 1);
  const bytes = new Float64Array(n);
  const shards = new Int32Array(n);
  const offsets = new Float64Array(n);
  const elements = new Float64Array(n);
  const names = new Array<string>(n);
  const nameStarts = new Uint32Array(n + 1);
  const extras: SparseExtras[] = [];
  let dims = 0;
  for (let i = 0; i < n; i++) dims += variables[i]!.shape.length;
  const shapeValues = new Float64Array(dims);
  dims = 0;
  let optional = false;
  // Neighbours mostly share dtype and role: look a code up only when it changes.
  let dtype: DType | undefined;
  let dtypeCode = 0;
  let role: VariableRole | undefined;
  let roleCode = 0;
  for (let i = 0; i < n; i++) {
    const v = variables[i]!;
    if (v.dtype !== dtype) dtypeCode = DTYPE_CODE.get((dtype = v.dtype)) ?? 0;
    if (v.role !== role) roleCode = ROLE_CODE.get((role = v.role)) ?? 0;
    dtypes[i] = dtypeCode;
    roles[i] = roleCode;
    const shape = v.shape;
    let count = 1;
    for (let d = 0; d < shape.length; d++) {
      shapeValues[dims++] = shape[d]!;
      count *= shape[d]!;
    }
    shapeOffsets[i + 1] = dims;
    elements[i] = count;
    bytes[i] = v.bytes;
    shards[i] = v.shard;
    offsets[i] = v.offset;
    names[i] = v.name;
    nameStarts[i + 1] = nameStarts[i]! + v.name.length;
    if (v.slices !== undefined || v.quantization !== undefined) {
      extras.push({
        index: i,
        ...(v.slices !== undefined ? { slices: v.slices } : {}),
        ...(v.quantization ? { quantization: v.quantization } : {}),
      });
    }
    optional ||= v.fullName !== undefined || v.value !== undefined || v.layerClass !== undefined;
  }
  const nameColumn: TextColumn = {
    text: names.join(''),
    starts: nameStarts,
    present: new Uint8Array(n).fill(1),
  };
  const scopes = buildScopeColumns(
    { text: nameColumn.text, starts: nameStarts, count: n, elements, bytes },
    splitDots,
  );
  const column = (pick: (v: CheckpointVariable) => string | undefined) =>
    optional && variables.some((v) => pick(v) !== undefined) ? encodeText(variables.map(pick)) : null;
  return {
    count: n,
    names: nameColumn,
    dtypes,
    roles,
    shapeOffsets,
    shapeValues,
    bytes,
    shards,
    offsets,
    fullNames: column((v) => v.fullName),
    values: column((v) => v.value),
    layerClasses: column((v) => v.layerClass),
    extras,
    scopes,
  };
}

/** The buffers to transfer with a `VariableColumns` (the sender's copy is detached). */
export function columnBuffers(c: VariableColumns): ArrayBuffer[] {
  const texts = [c.names, c.fullNames, c.values, c.layerClasses].flatMap((t) =>
    t ? [t.starts, t.present] : [],
  );
  const arrays = [...texts, c.dtypes, c.roles, c.shapeOffsets, c.shapeValues, c.bytes, c.shards, c.offsets];
  return [...new Set([...arrays.map((a) => a.buffer as ArrayBuffer), ...scopeBuffers(c.scopes)])];
}

/** Index of the last entry of sorted `starts` that is ≤ `position`. */
function entryAt(starts: Uint32Array, position: number, count: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A read-only view of the variable list over its columns; objects are made (and kept) on demand. */
export class VariableTable {
  readonly length: number;
  private readonly names: TextReader;
  private readonly fullNames: TextReader | null;
  private readonly values: TextReader | null;
  private readonly layerClasses: TextReader | null;
  private readonly extras: Map<number, SparseExtras>;
  private readonly objects = new Map<number, CheckpointVariable>();
  private search: { text: string; starts: Uint32Array } | null = null;
  /** The scope tree of the names. */
  readonly scopes: ScopeTable;

  constructor(private readonly columns: VariableColumns) {
    this.length = columns.count;
    this.names = new TextReader(columns.names);
    this.fullNames = columns.fullNames && new TextReader(columns.fullNames);
    this.values = columns.values && new TextReader(columns.values);
    this.layerClasses = columns.layerClasses && new TextReader(columns.layerClasses);
    this.extras = new Map(columns.extras.map((e) => [e.index, e]));
    this.scopes = new ScopeTable(columns.scopes, this.names);
  }

  static of(variables: readonly CheckpointVariable[], splitDots = false): VariableTable {
    return new VariableTable(encodeVariables(variables, splitDots));
  }

  /** Every name joined in one string, and where each starts (`starts[length]` is the end). */
  nameText(): { text: string; starts: Uint32Array } {
    return this.names;
  }

  name(i: number): string {
    return this.names.text.slice(this.names.starts[i], this.names.starts[i + 1]);
  }
  dtype(i: number): DType {
    return DTYPES[this.columns.dtypes[i]!]!;
  }
  role(i: number): VariableRole {
    return ROLES[this.columns.roles[i]!]!;
  }
  shape(i: number): number[] {
    return Array.from(
      this.columns.shapeValues.subarray(this.columns.shapeOffsets[i], this.columns.shapeOffsets[i + 1]),
    );
  }
  /** Elements of variable i (the product of its shape). */
  elements(i: number): number {
    const { shapeValues, shapeOffsets } = this.columns;
    let n = 1;
    for (let d = shapeOffsets[i]!; d < shapeOffsets[i + 1]!; d++) n *= shapeValues[d]!;
    return n;
  }
  bytes(i: number): number {
    return this.columns.bytes[i]!;
  }
  fullName(i: number): string | undefined {
    return this.fullNames?.at(i);
  }
  value(i: number): string | undefined {
    return this.values?.at(i);
  }

  /** Variable i as an object (made once, then kept). */
  get(i: number): CheckpointVariable {
    let v = this.objects.get(i);
    if (v) return v;
    const c = this.columns;
    const extra = this.extras.get(i);
    const fullName = this.fullName(i);
    const value = this.value(i);
    const layerClass = this.layerClasses?.at(i);
    v = {
      name: this.name(i),
      ...(fullName !== undefined ? { fullName } : {}),
      dtype: this.dtype(i),
      shape: this.shape(i),
      bytes: c.bytes[i]!,
      shard: c.shards[i]!,
      offset: c.offsets[i]!,
      role: this.role(i),
      ...(extra?.slices !== undefined ? { slices: extra.slices } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(layerClass !== undefined ? { layerClass } : {}),
      ...(extra?.quantization ? { quantization: extra.quantization } : {}),
    };
    this.objects.set(i, v);
    return v;
  }

  /** Index of the variable stored as `name`, or -1 (a search of the joined names, no map built). */
  indexOf(name: string): number {
    const { text, starts } = this.names;
    for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + 1)) {
      const i = entryAt(starts, p, this.length);
      if (i < this.length && starts[i] === p && starts[i + 1]! - p === name.length) return i;
      if (p >= text.length) break;
    }
    return -1;
  }

  /** The variable stored as `name` as an object, if there is one. */
  byName(name: string): CheckpointVariable | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.get(i);
  }

  toArray(): CheckpointVariable[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }

  /**
   * Lower-cased search text of every variable (name, and full name when it differs) joined in one
   * string, with each variable's start; built on the first search.
   */
  searchText(): { text: string; starts: Uint32Array } {
    if (this.search) return this.search;
    if (!this.fullNames) {
      this.search = { text: this.names.text.toLowerCase(), starts: this.names.starts };
      // Lower-casing keeps the length for almost every script; where it does not, go per variable.
      if (this.search.text.length === this.names.text.length) return this.search;
    }
    const parts: string[] = new Array<string>(this.length);
    const starts = new Uint32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) {
      const name = this.name(i);
      const full = this.fullName(i);
      parts[i] = (full !== undefined && full !== name ? `${name}\n${full}` : name).toLowerCase();
      starts[i + 1] = starts[i]! + parts[i]!.length;
    }
    this.search = { text: parts.join(''), starts };
    return this.search;
  }
}

export const EMPTY_VARIABLES = VariableTable.of([]);

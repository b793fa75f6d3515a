import type { CheckpointVariable, DType, TensorQuantization, VariableRole } from '../../formats/checkpoint';

// The variable list as columns: a structured clone of 100,000 objects costs hundreds of ms on each
// side of postMessage, while a handful of typed arrays are transferred for free. The page reads the
// columns through `VariableTable` and builds an object only for what it renders or selects.

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

/** Optional text per variable: UTF-8 with offsets; `present` tells "" from absent. */
export interface TextColumn {
  utf8: Uint8Array;
  offsets: Uint32Array;
  present: Uint8Array;
}

/** Rare per-variable fields, listed only for the variables that have them. */
export interface SparseExtras {
  index: number;
  slices?: number;
  quantization?: TensorQuantization;
}

/** The wire form of a variable list (every array transferable). */
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
}

function encodeText(texts: readonly (string | undefined)[]): TextColumn {
  const present = new Uint8Array(texts.length);
  const joined = texts.map((t, i) => (t === undefined ? '' : ((present[i] = 1), t))).join('');
  const utf8 = new TextEncoder().encode(joined);
  const offsets = new Uint32Array(texts.length + 1);
  const ascii = utf8.length === joined.length;
  const encoder = ascii ? null : new TextEncoder();
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? '';
    offsets[i + 1] = offsets[i]! + (encoder ? encoder.encode(t).length : t.length);
  }
  return { utf8, offsets, present };
}

/** Encodes a variable list into columns (in the worker, once per opened checkpoint). */
export function encodeVariables(variables: readonly CheckpointVariable[]): VariableColumns {
  const n = variables.length;
  const dtypes = new Uint8Array(n);
  const roles = new Uint8Array(n);
  const shapeOffsets = new Uint32Array(n + 1);
  const bytes = new Float64Array(n);
  const shards = new Int32Array(n);
  const offsets = new Float64Array(n);
  const extras: SparseExtras[] = [];
  let dims = 0;
  for (const v of variables) dims += v.shape.length;
  const shapeValues = new Float64Array(dims);
  dims = 0;
  variables.forEach((v, i) => {
    dtypes[i] = DTYPE_CODE.get(v.dtype) ?? 0;
    roles[i] = ROLE_CODE.get(v.role) ?? 0;
    shapeValues.set(v.shape, dims);
    dims += v.shape.length;
    shapeOffsets[i + 1] = dims;
    bytes[i] = v.bytes;
    shards[i] = v.shard;
    offsets[i] = v.offset;
    if (v.slices !== undefined || v.quantization !== undefined) {
      extras.push({
        index: i,
        ...(v.slices !== undefined ? { slices: v.slices } : {}),
        ...(v.quantization ? { quantization: v.quantization } : {}),
      });
    }
  });
  const optional = (pick: (v: CheckpointVariable) => string | undefined) =>
    variables.some((v) => pick(v) !== undefined) ? encodeText(variables.map(pick)) : null;
  return {
    count: n,
    names: encodeText(variables.map((v) => v.name)),
    dtypes,
    roles,
    shapeOffsets,
    shapeValues,
    bytes,
    shards,
    offsets,
    fullNames: optional((v) => v.fullName),
    values: optional((v) => v.value),
    layerClasses: optional((v) => v.layerClass),
    extras,
  };
}

/** The buffers to transfer with a `VariableColumns` (the sender's copy is detached). */
export function columnBuffers(c: VariableColumns): ArrayBuffer[] {
  const texts = [c.names, c.fullNames, c.values, c.layerClasses].flatMap((t) =>
    t ? [t.utf8, t.offsets, t.present] : [],
  );
  const arrays = [...texts, c.dtypes, c.roles, c.shapeOffsets, c.shapeValues, c.bytes, c.shards, c.offsets];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** Decoded text column: one JS string, sliced per variable (substrings share its storage). */
class TextReader {
  readonly text: string;
  /** UTF-16 offsets into `text`. */
  readonly starts: Uint32Array;
  private readonly present: Uint8Array;

  constructor(column: TextColumn) {
    this.text = new TextDecoder().decode(column.utf8);
    this.present = column.present;
    this.starts =
      this.text.length === column.utf8.length ? column.offsets : utf16Offsets(column.utf8, column.offsets);
  }

  at(i: number): string | undefined {
    return this.present[i] ? this.text.slice(this.starts[i], this.starts[i + 1]) : undefined;
  }
}

/** Byte offsets → UTF-16 offsets: a code unit per lead byte, two for a 4-byte sequence. */
function utf16Offsets(utf8: Uint8Array, byteOffsets: Uint32Array): Uint32Array {
  const out = new Uint32Array(byteOffsets.length);
  let units = 0;
  let next = 1;
  for (let b = 0; b <= utf8.length; b++) {
    while (next < byteOffsets.length && byteOffsets[next] === b) out[next++] = units;
    if (b === utf8.length) break;
    const byte = utf8[b]!;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return out;
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

  constructor(private readonly columns: VariableColumns) {
    this.length = columns.count;
    this.names = new TextReader(columns.names);
    this.fullNames = columns.fullNames && new TextReader(columns.fullNames);
    this.values = columns.values && new TextReader(columns.values);
    this.layerClasses = columns.layerClasses && new TextReader(columns.layerClasses);
    this.extras = new Map(columns.extras.map((e) => [e.index, e]));
  }

  static of(variables: readonly CheckpointVariable[]): VariableTable {
    return new VariableTable(encodeVariables(variables));
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

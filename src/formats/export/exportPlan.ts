/**
 * What a re-keyed export writes, decided before any tensor byte is touched: every output name, in
 * TF's key order, with either a byte-exact copy of a stored tensor or a producer that materializes
 * one (a transformed tensor, or a tensor from a non-TF source). Transforms are the caller's job
 * (formats never imports matching): a `tensor` source hands over the already-transformed value.
 */
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, DType, TensorData } from '../checkpoint';
import { BundleReader } from '../tensorflow/bundleReader';

export type ExportSource =
  /** The checkpoint tensor as stored, under the graph's name. */
  | { kind: 'copy'; checkpointName: string }
  /** A value computed by the caller (e.g. transposed); `checkpointName` says which one it replaces. */
  | { kind: 'tensor'; tensor: () => Promise<TensorData>; checkpointName?: string };

export interface ExportEntry {
  graphName: string;
  source: ExportSource;
}

export interface RekeyedExportRequest {
  reader: CheckpointReader;
  entries: readonly ExportEntry[];
  /** Also write every checkpoint tensor no entry uses (EMA copies, slots, global_step) under its own name. */
  keepUnmapped?: boolean;
}

/** Bytes of a stored TF tensor that can be copied unchanged, with the CRC TF recorded for them. */
export interface StoredSlice {
  source: ByteSource;
  offset: number;
  length: number;
  crc32c: number;
  dtype: DType;
  shape: number[];
}

export interface PlannedTensor {
  name: string;
  copy?: StoredSlice;
  produce?: () => Promise<TensorData>;
}

export interface ExportPlan {
  tensors: PlannedTensor[];
  /** BundleHeaderProto.version.producer to write (the source's, when it is a TF V2 bundle). */
  producer: number;
  /** Unmapped extras left out because a graph name already uses their name. */
  skipped: string[];
  /** Metadata entries (a PyTorch file's `epoch`, `arch`, unread objects) left out: they are not tensors. */
  notTensors: string[];
}

const utf8 = new TextEncoder();
/** A string whose UTF-16 order is the UTF-8 byte order of `name` (one char per byte). */
const byteKey = (name: string): string => {
  let key = '';
  for (const b of utf8.encode(name)) key += String.fromCharCode(b);
  return key;
};

/** TF tables order keys by their bytes (UTF-8), not by UTF-16 code units. */
function sortByKey(tensors: PlannedTensor[]): PlannedTensor[] {
  const keyed = tensors.map((t) => ({ t, key: byteKey(t.name) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.t);
}

function mappingError(
  problem: string,
  hint: string,
  code: 'BAD_MAPPING' | 'NOT_FOUND' = 'BAD_MAPPING',
): SlimscopeError {
  return new SlimscopeError({ code, file: '', problem, hint });
}

const listed = (names: string[]): string =>
  names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');

/** The stored bytes of a variable when they can be copied as they are (little-endian, unpartitioned V2). */
function storedSlice(reader: BundleReader, variable: CheckpointVariable): StoredSlice | undefined {
  if (reader.index.header.bigEndian || variable.slices) return undefined;
  const { source, entry } = reader.location(variable.name);
  if (!source || entry.slices) return undefined;
  const { dtype, shape } = variable;
  return { source, offset: entry.offset, length: entry.size, crc32c: entry.crc32c, dtype, shape };
}

function planCopy(
  reader: CheckpointReader,
  name: string,
  checkpointName: string,
  slices: Map<string, StoredSlice | undefined>,
): PlannedTensor {
  const copy = slices.get(checkpointName);
  return copy ? { name, copy } : { name, produce: () => reader.readTensor(checkpointName) };
}

/** Every graph name once; every checkpoint name an entry reads must exist. */
function checkEntries(entries: readonly ExportEntry[], known: ReadonlySet<string>): void {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const missing: string[] = [];
  for (const e of entries) {
    if (e.graphName === '' || seen.has(e.graphName)) duplicates.push(e.graphName || '(empty name)');
    seen.add(e.graphName);
    const from = e.source.checkpointName;
    if (from !== undefined && !known.has(from)) missing.push(from);
  }
  if (duplicates.length) {
    throw mappingError(
      `The mapping writes these names more than once: ${listed(duplicates)}.`,
      'Map each graph variable once.',
    );
  }
  if (missing.length) {
    throw mappingError(
      `The checkpoint has no tensors named ${listed(missing)}.`,
      'The mapping was made for another checkpoint; match again or open the right one.',
      'NOT_FOUND',
    );
  }
}

export function planRekeyedExport(request: RekeyedExportRequest): ExportPlan {
  const { reader, entries } = request;
  checkEntries(entries, new Set(reader.variables.map((v) => v.name)));
  // Metadata is shown in the tree with its value, but writing it as a string tensor would put
  // e.g. "object of class … (not read)" into a TF checkpoint as if it were a weight.
  const metadata = new Set(reader.variables.filter((v) => v.role === 'metadata').map((v) => v.name));
  const notTensors = new Set<string>();
  const kept = entries.filter((e) => {
    const from = e.source.checkpointName;
    if (from === undefined || !metadata.has(from)) return true;
    notTensors.add(from);
    return false;
  });
  const slices = new Map<string, StoredSlice | undefined>();
  if (reader instanceof BundleReader)
    for (const v of reader.variables) slices.set(v.name, storedSlice(reader, v));
  const tensors: PlannedTensor[] = kept.map((e) =>
    e.source.kind === 'copy'
      ? planCopy(reader, e.graphName, e.source.checkpointName, slices)
      : { name: e.graphName, produce: e.source.tensor },
  );
  const skipped: string[] = [];
  if (request.keepUnmapped) {
    const outNames = new Set(kept.map((e) => e.graphName));
    const used = new Set(entries.map((e) => e.source.checkpointName));
    for (const v of reader.variables) {
      if (used.has(v.name) || v.role === 'object_graph') continue;
      if (v.role === 'metadata') {
        notTensors.add(v.name);
        continue;
      }
      if (outNames.has(v.name)) skipped.push(v.name);
      else tensors.push(planCopy(reader, v.name, v.name, slices));
    }
  }
  const producer = reader instanceof BundleReader ? reader.index.header.producer : 1;
  return { tensors: sortByKey(tensors), producer, skipped, notTensors: [...notTensors] };
}

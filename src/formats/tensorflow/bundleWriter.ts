import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { crc32c, maskCrc } from '../bytes/crc32c';
import type { DType, TensorValues } from '../checkpoint';
import type { BundleEntry, SliceExtent } from './bundleEntry';
import { encodeBundleEntry, encodeBundleHeader } from './bundleEntryEncode';
import { dtypeToEnum, elementSize, numElements, swapUnit } from './dtypes';
import { encodeTensorNameSlice } from './orderedCode';
import { TableWriter, type TableWriterOptions } from './table/tableWriter';
import { byteSwap, encodeStringTensor } from './tensorBytes';

/** A piece of a data file: bytes in memory, or a range of another file copied verbatim. */
export type DataPart = Uint8Array | { source: ByteSource; offset: number; length: number };

export interface BundleWriterOptions extends TableWriterOptions {
  numShards?: number;
  /** Writes a big-endian bundle (tensor bytes swapped, header endianness BIG). */
  bigEndian?: boolean;
}

export interface WrittenBundle {
  /** The complete `.index` file. */
  index: Uint8Array;
  /** Per shard, the data file as a list of parts (materialize or stream them). */
  shards: DataPart[][];
}

const utf8 = new TextEncoder();
const toBinaryKey = (name: string) => String.fromCharCode(...utf8.encode(name));

export const partLength = (p: DataPart): number => (p instanceof Uint8Array ? p.length : p.length);

/**
 * Builds a V2 bundle. Only the index is materialized; data is kept as a list of parts per shard,
 * in the order tensors were added, so untransformed tensors can be copied from their source file
 * without ever holding a whole shard in memory.
 */
export class BundleWriter {
  private readonly entries = new Map<string, BundleEntry>();
  private readonly shards: DataPart[][];
  private readonly shardSizes: number[];

  constructor(private readonly options: BundleWriterOptions = {}) {
    const n = options.numShards ?? 1;
    this.shards = Array.from({ length: n }, () => []);
    this.shardSizes = new Array<number>(n).fill(0);
  }

  /** Adds a tensor from its values (little-endian typed arrays, or strings as byte arrays). */
  addTensor(name: string, dtype: DType, shape: number[], values: TensorValues, shard = 0): void {
    const { bytes, crc } = encodeValues(dtype, shape, values, name, this.options.bigEndian === true);
    this.addEntry(toBinaryKey(name), dtype, shape, bytes, maskCrc(crc), shard);
  }

  /** Adds a tensor whose on-disk bytes (and masked CRC, from its source entry) are already known. */
  addRaw(name: string, dtype: DType, shape: number[], part: DataPart, maskedCrc: number, shard = 0): void {
    this.addEntry(toBinaryKey(name), dtype, shape, part, maskedCrc, shard);
  }

  /** Adds a partitioned tensor: one full entry with `slices`, one entry per slice. */
  addPartitioned(
    name: string,
    dtype: DType,
    fullShape: number[],
    slices: Array<{ extents: SliceExtent[]; values: TensorValues; shard?: number }>,
  ): void {
    for (const s of slices) {
      const shape = s.extents.map((e, d) => (e.length < 0 ? fullShape[d]! : e.length));
      const { bytes, crc } = encodeValues(dtype, shape, s.values, name, this.options.bigEndian === true);
      this.addEntry(encodeTensorNameSlice(name, s.extents), dtype, shape, bytes, maskCrc(crc), s.shard ?? 0);
    }
    const full: BundleEntry = {
      dtype: dtypeToEnum(dtype),
      shape: fullShape,
      shardId: 0,
      offset: 0,
      size: 0,
      crc32c: 0,
    };
    full.slices = slices.map((s) => s.extents);
    this.putEntry(toBinaryKey(name), full);
  }

  private addEntry(
    key: string,
    dtype: DType,
    shape: number[],
    part: DataPart,
    crc: number,
    shard: number,
  ): void {
    if (!this.shards[shard]) throw writerError(key, `Shard ${shard} is outside 0…${this.shards.length - 1}.`);
    const size = partLength(part);
    const entry: BundleEntry = {
      dtype: dtypeToEnum(dtype),
      shape,
      shardId: shard,
      offset: this.shardSizes[shard]!,
      size,
      crc32c: crc,
    };
    this.putEntry(key, entry);
    this.shards[shard]!.push(part);
    this.shardSizes[shard]! += size;
  }

  private putEntry(key: string, entry: BundleEntry): void {
    if (key === '' || this.entries.has(key))
      throw writerError(key, 'The tensor name is empty or used twice.');
    this.entries.set(key, entry);
  }

  finish(): WrittenBundle {
    const table = new TableWriter(this.options);
    table.add(
      '',
      encodeBundleHeader({ numShards: this.shards.length, bigEndian: this.options.bigEndian === true }),
    );
    const keys = [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const k of keys) table.add(k, encodeBundleEntry(this.entries.get(k)!));
    const chunks = table.finish();
    const index = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let p = 0;
    for (const c of chunks) index.set(c, (p += c.length) - c.length);
    return { index, shards: this.shards };
  }
}

function writerError(key: string, problem: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file: key,
    problem,
    hint: 'Give every tensor a unique name.',
  });
}

/** Tensor values → TF's on-disk bytes and their unmasked entry CRC. */
export function encodeValues(
  dtype: DType,
  shape: number[],
  values: TensorValues,
  name: string,
  bigEndian: boolean,
) {
  const count = numElements(shape);
  if (dtype === 'string') {
    if (!Array.isArray(values) || values.length !== count) throw shapeError(name, shape, values.length);
    const { bytes, entryCrc } = encodeStringTensor(values, bigEndian);
    return { bytes, crc: entryCrc };
  }
  if (Array.isArray(values)) throw shapeError(name, shape, values.length);
  const components = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
  if (
    values.length !== count * components ||
    values.BYTES_PER_ELEMENT * values.length !== count * elementSize(dtype)
  ) {
    throw shapeError(name, shape, values.length);
  }
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice();
  // TF checksums the bytes as written, i.e. after the swap for a big-endian bundle.
  if (bigEndian) byteSwap(bytes, swapUnit(dtype));
  return { bytes, crc: crc32c(bytes) };
}

function shapeError(name: string, shape: number[], got: number): SlimscopeError {
  return new SlimscopeError({
    code: 'SHAPE_MISMATCH',
    file: name,
    problem: `Shape [${shape}] does not match the ${got} values given (or their element type).`,
    hint: 'Pass a typed array of the dtype with one element per entry of the shape.',
  });
}

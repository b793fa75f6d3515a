import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { maskCrc } from '../bytes/crc32c';
import type {
  CheckpointReader,
  CheckpointVariable,
  DType,
  ReadOptions,
  TensorData,
  TensorValues,
} from '../checkpoint';
import type { BundleEntry } from './bundleEntry';
import { type BundleIndex, dataFileName, readBundleIndex } from './bundleIndex';
import { dtypeFromEnum, elementSize, numElements, swapUnit } from './dtypes';
import { encodeTensorNameSlice } from './orderedCode';
import { classifyRole } from './roles';
import { readPartitioned } from './partitionedRead';
import { byteSwap, decodeStringTensor, fixedValues } from './tensorBytes';
import { readRangeWithCrc } from './tensorRead';
import { type StreamOptions, streamBundleTensor } from './tensorStream';

export interface BundleFiles {
  /** The prefix as the user knows it (e.g. `model.ckpt`, `variables/variables`). */
  prefix: string;
  index: ByteSource;
  /** Data shards by shard number; absent ones are reported, the rest stay readable. */
  shards: ReadonlyMap<number, ByteSource>;
}

/** Where a stored tensor's bytes are, for copying it unchanged (export) or reading it yourself. */
export interface TensorLocation {
  source: ByteSource | undefined;
  shardName: string;
  entry: BundleEntry;
}

/** A TF V2 bundle opened lazily: the index is parsed now, tensor bytes are read on demand. */
export class BundleReader implements CheckpointReader {
  readonly format = 'tf-v2' as const;
  readonly variables: CheckpointVariable[] = [];
  readonly warnings: SlimscopeError[] = [];

  constructor(
    readonly prefix: string,
    readonly index: BundleIndex,
    private readonly shards: ReadonlyMap<number, ByteSource>,
  ) {
    index.names.forEach((name, i) => this.variables.push(this.describe(name, index.list[i]!)));
    this.checkShards();
  }

  shardName(shard: number): string {
    return dataFileName(this.prefix, shard, this.index.header.numShards);
  }

  shardSource(shard: number): ByteSource | undefined {
    return this.shards.get(shard);
  }

  location(name: string): TensorLocation {
    const entry = this.entryOrThrow(name);
    return { source: this.shards.get(entry.shardId), shardName: this.shardName(entry.shardId), entry };
  }

  async readTensor(name: string, options: ReadOptions = {}): Promise<TensorData> {
    const entry = this.entryOrThrow(name);
    const dtype = this.dtypeOf(entry, name);
    const values = entry.slices
      ? await readPartitioned(this, name, entry, dtype, options)
      : await this.readEntry(name, entry, dtype, options);
    return { name, dtype, shape: entry.shape.slice(), values };
  }

  /** Values in bounded chunks with incremental CRC (see streamBundleTensor). */
  streamTensor(name: string, options: StreamOptions = {}): AsyncGenerator<TensorValues> {
    return streamBundleTensor(this, name, options);
  }

  /** Sets `fullName` and re-derives roles once the object graph is known. */
  applyFullNames(fullNames: ReadonlyMap<string, string>): void {
    for (const v of this.variables) {
      const full = fullNames.get(v.name);
      if (full === undefined) continue;
      v.fullName = full;
      v.role = classifyRole(v.name, full);
    }
  }

  private describe(name: string, entry: BundleEntry): CheckpointVariable {
    const dtype = dtypeFromEnum(entry.dtype) ?? 'variant';
    const v: CheckpointVariable = {
      name,
      dtype,
      shape: entry.shape,
      bytes: entry.size,
      shard: entry.shardId,
      offset: entry.offset,
      role: classifyRole(name),
    };
    if (entry.slices) {
      const parts = entry.slices.map((s) => this.index.sliceEntries.get(encodeTensorNameSlice(name, s)));
      v.slices = entry.slices.length;
      v.bytes = parts.reduce((sum, p) => sum + (p?.size ?? 0), 0);
      v.shard = parts[0]?.shardId ?? 0;
      v.offset = parts[0]?.offset ?? 0;
    }
    if (dtypeFromEnum(entry.dtype) === undefined) {
      this.warnings.push(this.error('UNSUPPORTED', name, `Unknown TensorFlow dtype ${entry.dtype}.`));
    }
    return v;
  }

  private checkShards(): void {
    const counts = new Map<number, number>();
    const overruns = new Map<number, string[]>();
    const note = (name: string, e: BundleEntry) => {
      counts.set(e.shardId, (counts.get(e.shardId) ?? 0) + 1);
      const shard = this.shards.get(e.shardId);
      if (shard && e.offset + e.size > shard.size)
        overruns.set(e.shardId, [...(overruns.get(e.shardId) ?? []), name]);
    };
    this.index.names.forEach((name, i) => {
      const e = this.index.list[i]!;
      if (!e.slices) note(name, e);
    });
    for (const e of this.index.sliceEntries.values()) note('(slice)', e);
    for (let s = 0; s < this.index.header.numShards; s++) {
      if (!this.shards.has(s)) {
        const n = counts.get(s) ?? 0;
        this.warnings.push(
          this.missingShard(s, `It holds ${n} tensor(s); they are listed but cannot be read.`),
        );
      }
      const over = overruns.get(s);
      if (over) {
        const problem = `${over.length} tensor(s) (e.g. ${over[0]}) lie beyond the end of this data file.`;
        this.warnings.push(this.error('TRUNCATED', this.shardName(s), problem));
      }
    }
  }

  entryOrThrow(name: string): BundleEntry {
    const entry = this.index.get(name);
    if (entry) return entry;
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: `${this.prefix}.index`,
      problem: `There is no tensor named "${name}" in this checkpoint.`,
      hint: 'Use one of the listed variable names.',
    });
  }

  dtypeOf(entry: BundleEntry, name: string): DType {
    const dtype = dtypeFromEnum(entry.dtype);
    if (!dtype || dtype === 'resource' || dtype === 'variant') {
      throw this.error(
        'UNSUPPORTED',
        name,
        `Tensors of dtype ${dtype ?? entry.dtype} have no readable values.`,
      );
    }
    return dtype;
  }

  /** The shard holding an entry, after checking it is present and the entry fits its shape and file. */
  checkedSource(name: string, e: BundleEntry, dtype: DType): ByteSource {
    const source = this.shards.get(e.shardId);
    if (!source) throw this.missingShard(e.shardId, `The tensor "${name}" is stored there.`);
    const count = numElements(e.shape);
    const size = elementSize(dtype);
    if (
      e.shape.some((d) => d < 0) ||
      (size > 0 && count * size !== e.size) ||
      (size === 0 && count > e.size)
    ) {
      throw this.error(
        'SHAPE_MISMATCH',
        name,
        `Shape [${e.shape}] of ${dtype} does not fit the ${e.size} stored bytes.`,
      );
    }
    if (e.offset + e.size > source.size) {
      const problem = `The tensor "${name}" needs bytes ${e.offset}–${e.offset + e.size} but the file has ${source.size}.`;
      throw this.error('TRUNCATED', source.name, problem);
    }
    return source;
  }

  /** Reads one stored (non-partitioned) entry: range checks, CRC, endianness, decoding. */
  async readEntry(name: string, e: BundleEntry, dtype: DType, options: ReadOptions): Promise<TensorValues> {
    const source = this.checkedSource(name, e, dtype);
    const count = numElements(e.shape);
    const { bytes, crc } = await readRangeWithCrc(source, e.offset, e.size, name, options);
    if (dtype === 'string') {
      const { values, entryCrc } = decodeStringTensor(bytes, count, name, this.index.header.bigEndian);
      this.checkCrc(maskCrc(entryCrc), e, name);
      return values;
    }
    this.checkCrc(maskCrc(crc), e, name);
    if (this.index.header.bigEndian) byteSwap(bytes, swapUnit(dtype));
    return fixedValues(dtype, bytes);
  }

  checkCrc(actual: number, e: BundleEntry, name: string): void {
    if (actual === e.crc32c) return;
    throw new SlimscopeError({
      code: 'BAD_CRC',
      file: this.shardName(e.shardId),
      problem: `The tensor "${name}" fails its CRC32C check (stored ${e.crc32c}, computed ${actual}).`,
      hint: 'The data file is corrupted or belongs to another checkpoint; re-copy it from its source.',
    });
  }

  missingShard(shard: number, detail: string): SlimscopeError {
    return new SlimscopeError({
      code: 'MISSING_SHARD',
      file: this.shardName(shard),
      problem: `This data file of the checkpoint is missing. ${detail}`,
      hint: 'Add the file (same folder, same name) to read these tensors.',
    });
  }

  error(
    code: 'UNSUPPORTED' | 'SHAPE_MISMATCH' | 'TRUNCATED' | 'NOT_FOUND' | 'TOO_LARGE',
    file: string,
    problem: string,
  ) {
    return new SlimscopeError({
      code,
      file,
      problem,
      hint: 'The checkpoint is damaged or unusual; re-save or re-copy it.',
    });
  }
}

/** Opens a V2 bundle from its index and whichever data shards are present. */
export async function openBundle(files: BundleFiles): Promise<BundleReader> {
  const index = await readBundleIndex(files.index);
  return new BundleReader(files.prefix, index, files.shards);
}

import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, DType, ReadOptions, TensorData } from '../checkpoint';
import type { SliceExtent } from './bundleEntry';
import { protoSliceToExtents } from './bundleEntry';
import { dtypeFromEnum, numElements } from './dtypes';
import { encodeTensorNameSlice } from './orderedCode';
import { int64ToNumber, tensorflow } from './proto';
import { classifyRole } from './roles';
import { forEachSliceRun, resolveExtents } from './sliceStitch';
import { forEachBlockEntry } from './table/block';
import type { BlockHandle } from './table/format';
import { readBlock, TableReader } from './table/tableReader';
import { cancelledRead } from './tensorRead';
import { valuesFromTensorProto } from './v1Values';

/** Where one slice's SavedSlice record lives: which file and which block. */
interface SliceRecord {
  file: ByteSource;
  block: BlockHandle;
  valueBytes: number;
}

interface V1Tensor {
  variable: CheckpointVariable;
  slices: SliceExtent[][];
}

/** A TF V1 checkpoint (SavedTensorSlices tables, one file or `-0000i-of-0000N` shards). */
export class V1Reader implements CheckpointReader {
  readonly format = 'tf-v1' as const;
  readonly warnings: SlimscopeError[] = [];
  readonly variables: CheckpointVariable[] = [];

  private constructor(
    readonly prefix: string,
    private readonly tensors: Map<string, V1Tensor>,
    private readonly records: Map<string, SliceRecord>,
  ) {
    this.variables = [...tensors.values()].map((t) => t.variable);
  }

  static async open(prefix: string, files: readonly ByteSource[]): Promise<V1Reader> {
    const tensors = new Map<string, V1Tensor>();
    const records = new Map<string, SliceRecord>();
    const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const [shard, file] of sorted.entries()) {
      const table = await TableReader.open(file);
      for (const block of table.dataBlocks) {
        const contents = await readBlock(file, block);
        forEachBlockEntry(contents, file.name, (key, value) => {
          if (key === '') addMeta(tensors, decodeMeta(value, file.name), shard, block);
          else records.set(key, { file, block, valueBytes: value.length });
        });
      }
    }
    for (const t of tensors.values()) {
      const recs = t.slices.map((s) => records.get(encodeTensorNameSlice(t.variable.name, s)));
      t.variable.bytes = recs.reduce((n, r) => n + (r?.valueBytes ?? 0), 0);
      t.variable.offset = recs[0]?.block.offset ?? 0;
    }
    const byName = new Map([...tensors].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const reader = new V1Reader(prefix, byName, records);
    reader.warnings.push(...missingV1Shards(prefix, sorted));
    return reader;
  }

  async readTensor(name: string, options: ReadOptions = {}): Promise<TensorData> {
    const t = this.tensors.get(name);
    if (!t) throw notFound(this.prefix, name);
    const { dtype, shape } = t.variable;
    const whole = t.slices.length === 1 && t.slices[0]!.every((e) => e.length < 0);
    if (!whole && dtype !== 'string' && numElements(shape) * 8 > 2 ** 31) throw tooLarge(name);
    let out: TensorData['values'] | undefined;
    for (const slice of t.slices) {
      if (options.signal?.cancelled) throw cancelledRead(name);
      const extents = resolveExtents(shape, slice, name);
      const count = extents.reduce((n, e) => n * e.length, 1);
      const values = valuesFromTensorProto(await this.readSlice(name, slice), dtype, count, name);
      if (whole) return { name, dtype, shape: shape.slice(), values };
      out ??= emptyLike(values, numElements(shape), dtype);
      const unit = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
      const target = out;
      forEachSliceRun(shape, extents, (dst, src, n) => {
        if (Array.isArray(target))
          for (let i = 0; i < n; i++) target[dst + i] = (values as Uint8Array[])[src + i]!;
        else
          (target as Uint8Array).set(
            (values as Uint8Array).subarray(src * unit, (src + n) * unit),
            dst * unit,
          );
      });
    }
    return { name, dtype, shape: shape.slice(), values: out ?? emptyLike(new Float32Array(0), 0, dtype) };
  }

  private async readSlice(name: string, slice: SliceExtent[]): Promise<tensorflow.ITensorProto> {
    const key = encodeTensorNameSlice(name, slice);
    const rec = this.records.get(key);
    if (!rec) throw notFound(this.prefix, `${name} (slice)`);
    let value: Uint8Array | undefined;
    forEachBlockEntry(await readBlock(rec.file, rec.block), rec.file.name, (k, v) => {
      if (k === key) value = v;
    });
    try {
      return tensorflow.SavedTensorSlices.decode(value!).data?.data ?? {};
    } catch (cause) {
      throw new SlimscopeError({
        code: 'BAD_PROTO',
        file: rec.file.name,
        problem: `The stored slice of "${name}" cannot be decoded.`,
        hint: 'The V1 checkpoint is damaged; re-copy it from its source.',
        cause,
      });
    }
  }
}

/** `prefix-0000i-of-0000N` files that should be there but are not (their tensors are not listed). */
function missingV1Shards(prefix: string, files: readonly ByteSource[]): SlimscopeError[] {
  const m = /-\d{5}-of-(\d{5})$/.exec(files[0]?.name ?? '');
  if (!m) return [];
  const total = Number(m[1]);
  const present = new Set(files.map((f) => f.name));
  const out: SlimscopeError[] = [];
  for (let i = 0; i < total && out.length < 100; i++) {
    const name = `${prefix}-${String(i).padStart(5, '0')}-of-${m[1]}`;
    if (present.has(name)) continue;
    out.push(
      new SlimscopeError({
        code: 'MISSING_SHARD',
        file: name,
        problem: 'This file of the V1 checkpoint is missing; the tensors it holds are not listed.',
        hint: 'Add the file (same folder, same name) to see and read them.',
      }),
    );
  }
  return out;
}

function decodeMeta(value: Uint8Array, file: string): tensorflow.ISavedTensorSliceMeta {
  try {
    const meta = tensorflow.SavedTensorSlices.decode(value).meta;
    if (meta) return meta;
  } catch (cause) {
    throw badMeta(file, cause);
  }
  throw badMeta(file);
}

function badMeta(file: string, cause?: unknown): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_PROTO',
    file,
    problem: 'The table of contents (SavedTensorSliceMeta) of this V1 checkpoint cannot be decoded.',
    hint: 'The file is damaged or is not a TensorFlow V1 checkpoint.',
    cause,
  });
}

function addMeta(
  tensors: Map<string, V1Tensor>,
  meta: tensorflow.ISavedTensorSliceMeta,
  shard: number,
  block: BlockHandle,
) {
  for (const m of meta.tensor ?? []) {
    const name = m.name ?? '';
    const slices = (m.slice ?? []).map((s) => protoSliceToExtents(s));
    const known = tensors.get(name);
    if (known) {
      known.slices.push(...slices);
      known.variable.slices = known.slices.length;
      continue;
    }
    const dtype: DType = dtypeFromEnum(m.type ?? 0) ?? 'variant';
    const shape = (m.shape?.dim ?? []).map((d) => int64ToNumber(d.size));
    const variable: CheckpointVariable = {
      name,
      dtype,
      shape,
      bytes: 0,
      shard,
      offset: block.offset,
      role: classifyRole(name),
    };
    if (slices.length > 1) variable.slices = slices.length;
    tensors.set(name, { variable, slices });
  }
}

function emptyLike(sample: TensorData['values'], count: number, dtype: DType): TensorData['values'] {
  if (Array.isArray(sample)) return new Array<Uint8Array>(count).fill(new Uint8Array(0));
  const unit = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
  const Ctor = sample.constructor as new (n: number) => Exclude<TensorData['values'], Uint8Array[]>;
  return new Ctor(count * unit);
}

function notFound(prefix: string, name: string): SlimscopeError {
  return new SlimscopeError({
    code: 'NOT_FOUND',
    file: prefix,
    problem: `There is no tensor named "${name}" in this checkpoint.`,
    hint: 'Use one of the listed variable names.',
  });
}

function tooLarge(name: string): SlimscopeError {
  return new SlimscopeError({
    code: 'TOO_LARGE',
    file: name,
    problem: 'This sliced tensor is too large to assemble in memory.',
    hint: 'Read it on a machine with more memory or re-save it unpartitioned.',
  });
}

import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type {
  CheckpointFormat,
  CheckpointReader,
  CheckpointVariable,
  DType,
  ReadOptions,
  TensorData,
  VariableRole,
} from '../checkpoint';
import { swapBytesInPlace, valuesFromBytes } from '../numpy/typedValues';
import { collectLeaves, type Leaf } from './leaves';
import type { PyValue, TorchStorage, TorchTensor } from './pyValues';
import { elementCount, gatherView, viewSpan } from './tensorView';
import { ELEMENT_BYTES } from './torchGlobals';
import { assertNotCancelled } from '../../base/cancel';

/** Where a format keeps each storage's bytes; `read` returns `length` bytes from `firstByte` on. */
export interface StorageBytes {
  read(storage: TorchStorage, firstByte: number, length: number): Promise<Uint8Array>;
  /** File offset of a storage's first byte when known without reading (for the listing). */
  offsetOf(storage: TorchStorage): number;
  /** True when the file says its storages are big-endian. */
  readonly bigEndian: boolean;
}

const textEncoder = new TextEncoder();

/** Optimizer state (momentum buffers, Adam moments) sits under a top-level `optimizer…` key. */
function tensorRole(name: string): VariableRole {
  if (/(^|[./])num_batches_tracked$/.test(name)) return 'bookkeeping';
  if (/^optim/i.test(name)) return 'optimizer_slot';
  return 'weight';
}

function metadataDtype(v: PyValue): DType {
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'boolean') return 'bool';
  return 'string';
}

function metadataValues(v: PyValue, text: string): TensorData['values'] {
  if (typeof v === 'bigint') return BigInt64Array.of(BigInt.asIntN(64, v));
  if (typeof v === 'number') return Float64Array.of(v);
  if (typeof v === 'boolean') return Uint8Array.of(v ? 1 : 0);
  return [textEncoder.encode(text)];
}

/** A torch.save file (zip or legacy) opened as a listing; tensor values are read on demand. */
export class PytorchReader implements CheckpointReader {
  readonly variables: CheckpointVariable[] = [];
  readonly warnings: SlimscopeError[] = [];
  private readonly leaves = new Map<string, Leaf>();

  constructor(
    readonly format: CheckpointFormat,
    private readonly source: ByteSource,
    root: PyValue,
    private readonly storages: StorageBytes,
  ) {
    const stem = source.name.slice(source.name.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    for (const leaf of collectLeaves(root, stem || 'tensor', source.name)) {
      this.leaves.set(leaf.name, leaf);
      this.variables.push(this.describe(leaf));
    }
  }

  /** How a tensor sits in its storage (key, offset, shape, strides in elements), for display and tests. */
  viewOf(name: string): TorchTensor | undefined {
    const leaf = this.leaves.get(name);
    return leaf?.kind === 'tensor' ? leaf.tensor : undefined;
  }

  get prefix(): string {
    return this.source.name;
  }

  private describe(leaf: Leaf): CheckpointVariable {
    if (leaf.kind === 'metadata') {
      return {
        name: leaf.name,
        dtype: metadataDtype(leaf.value),
        shape: [],
        bytes: 0,
        shard: 0,
        offset: 0,
        role: 'metadata',
        value: leaf.text,
      };
    }
    const t = leaf.tensor;
    const item = t.storage.dtype ? ELEMENT_BYTES[t.storage.dtype]! : 0;
    return {
      name: leaf.name,
      dtype: t.storage.dtype ?? 'variant',
      shape: t.shape,
      bytes: elementCount(t.shape) * item,
      shard: 0,
      offset: this.storages.offsetOf(t.storage) + t.offset * item,
      role: t.storage.dtype ? tensorRole(leaf.name) : 'metadata',
      ...(t.storage.dtype ? {} : { value: `${t.storage.className} tensor (not read)` }),
    };
  }

  async readTensor(name: string, options: ReadOptions = {}): Promise<TensorData> {
    const leaf = this.leaves.get(name);
    if (!leaf) {
      throw new SlimscopeError({
        code: 'NOT_FOUND',
        file: this.source.name,
        problem: `The file holds nothing named ${name}.`,
        hint: 'Pick a name from the list of variables.',
      });
    }
    assertNotCancelled(options.signal, 'Reading', this.source.name);
    if (leaf.kind === 'metadata') {
      return {
        name,
        dtype: metadataDtype(leaf.value),
        shape: [],
        values: metadataValues(leaf.value, leaf.text),
      };
    }
    const t = leaf.tensor;
    const dtype = t.storage.dtype;
    if (!dtype) {
      throw new SlimscopeError({
        code: 'UNSUPPORTED',
        file: this.source.name,
        problem: `${name} is a ${t.storage.className} tensor; its element type is not read.`,
        hint: 'Convert it to a float tensor in PyTorch (tensor.dequantize() / .float()) and save again.',
      });
    }
    const item = ELEMENT_BYTES[dtype]!;
    const { first, end } = viewSpan(t);
    const span =
      end > first
        ? await this.storages.read(t.storage, first * item, (end - first) * item)
        : new Uint8Array(0);
    const bytes = gatherView(t, span, item);
    if (this.storages.bigEndian) swapBytesInPlace(bytes, dtype.startsWith('complex') ? item / 2 : item);
    options.onProgress?.({ phase: 'reading', done: bytes.length, total: bytes.length });
    return { name, dtype, shape: [...t.shape], values: valuesFromBytes(dtype, bytes, this.source.name) };
  }
}

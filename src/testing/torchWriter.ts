/**
 * Test-only: writes files the way `torch.save` does (pickle protocol 2), so tests can build PyTorch
 * checkpoints the shared fixtures do not hold (a whole NASNet state dict). Zip format: `<root>/data.pkl`,
 * `<root>/data/<key>`, `<root>/version`, `<root>/byteorder`, stored entries. Legacy format: the magic
 * number, protocol 1001, sys_info, the object, the storage keys, then each storage as an int64
 * element count and its bytes. Tensors are written contiguous, one storage each.
 */
import { zipSync } from 'fflate';
import { concatBytes } from '../formats/bytes/concatBytes';

export type TorchDtype = 'float32' | 'float64' | 'float16' | 'int64' | 'int32' | 'uint8' | 'bool';

/** A tensor to write: element bytes in C order, little-endian. */
export interface TorchTensorOut {
  kind: 'tensor';
  dtype: TorchDtype;
  shape: number[];
  bytes: Uint8Array;
}

/** A Python value torch.save may hold: ints are bigints (floats are numbers). */
export type TorchValue =
  | TorchTensorOut
  | TorchParameterOut
  | TorchObjectOut
  | TorchSetOut
  | bigint
  | number
  | string
  | boolean
  | null
  | TorchDict
  | TorchValue[];

/** An `nn.Parameter`: `torch._utils._rebuild_parameter(tensor, requires_grad, OrderedDict())`. */
export interface TorchParameterOut {
  kind: 'parameter';
  tensor: TorchTensorOut;
}

/**
 * An instance of a user's class, as pickle writes it: the class as GLOBAL, created by NEWOBJ
 * (`cls.__new__(cls)`, protocol 2's `__reduce_ex__`) or REDUCE (`cls()`), then BUILD with its state.
 */
export interface TorchObjectOut {
  kind: 'object';
  module: string;
  name: string;
  via: 'newobj' | 'reduce';
  state: TorchValue;
}

/** A Python set of strings (protocol 2 pickles it as `__builtin__.set([...])`). */
export interface TorchSetOut {
  kind: 'set';
  items: string[];
}

export const torchParameter = (tensor: TorchTensorOut): TorchParameterOut => ({ kind: 'parameter', tensor });

/** An `nn.Module` as `torch.save(model)` pickles it: its `__dict__` with the three OrderedDicts. */
export function torchModule(
  className: string,
  parts: {
    parameters?: Array<[string, TorchTensorOut | null]>;
    buffers?: Array<[string, TorchTensorOut | null]>;
    modules?: Array<[string, TorchObjectOut | null]>;
    /** Buffers registered with `persistent=False`: pickled with the module, left out of state_dict(). */
    nonPersistent?: string[];
  },
  via: TorchObjectOut['via'] = 'newobj',
): TorchObjectOut {
  const dot = className.lastIndexOf('.');
  const state = torchDict(
    [
      ['training', false],
      ['_parameters', torchDict((parts.parameters ?? []).map(([k, t]) => [k, t && torchParameter(t)]))],
      ['_buffers', torchDict(parts.buffers ?? [])],
      ['_backward_hooks', torchDict([])],
      ['_modules', torchDict(parts.modules ?? [])],
      ['_non_persistent_buffers_set', { kind: 'set', items: parts.nonPersistent ?? [] }],
    ],
    false,
  );
  return { kind: 'object', module: className.slice(0, dot), name: className.slice(dot + 1), via, state };
}
/** A dict in insertion order; `ordered` writes a collections.OrderedDict (as state_dict() returns). */
export interface TorchDict {
  kind: 'dict';
  ordered: boolean;
  entries: Array<[string | bigint, TorchValue]>;
}

const STORAGE_CLASS: Record<TorchDtype, string> = {
  float32: 'FloatStorage',
  float64: 'DoubleStorage',
  float16: 'HalfStorage',
  int64: 'LongStorage',
  int32: 'IntStorage',
  uint8: 'ByteStorage',
  bool: 'BoolStorage',
};
const ITEM_BYTES: Record<TorchDtype, number> = {
  float32: 4,
  float64: 8,
  float16: 2,
  int64: 8,
  int32: 4,
  uint8: 1,
  bool: 1,
};

export const torchTensor = (dtype: TorchDtype, shape: number[], bytes: Uint8Array): TorchTensorOut => ({
  kind: 'tensor',
  dtype,
  shape,
  bytes,
});
export const torchDict = (entries: Array<[string | bigint, TorchValue]>, ordered = true): TorchDict => ({
  kind: 'dict',
  ordered,
  entries,
});

class PickleOut {
  private chunks: Uint8Array[] = [];
  readonly storages: Array<{ key: string; tensor: TorchTensorOut }> = [];
  constructor(
    private readonly keyOf: (n: number) => string,
    /** Write torch ≥ 2.x's `_rebuild_tensor_v3` over byte (UntypedStorage) storages. */
    private readonly untyped = false,
  ) {}

  bytes(...b: number[]) {
    this.push(Uint8Array.from(b));
  }
  push(b: Uint8Array) {
    this.chunks.push(b);
  }
  text(s: string) {
    const b = new TextEncoder().encode(s);
    this.bytes(0x58, b.length & 0xff, (b.length >>> 8) & 0xff, (b.length >>> 16) & 0xff, b.length >>> 24);
    this.push(b);
  }
  global(module: string, name: string) {
    this.push(new TextEncoder().encode(`c${module}\n${name}\n`));
  }
  int(v: bigint) {
    if (v >= -(2n ** 31n) && v < 2n ** 31n) {
      const b = new Uint8Array(5);
      b[0] = 0x4a;
      new DataView(b.buffer).setInt32(1, Number(v), true);
      this.push(b);
      return;
    }
    const b = new Uint8Array(10);
    b[0] = 0x8a;
    b[1] = 8;
    new DataView(b.buffer).setBigInt64(2, v, true);
    this.push(b);
  }
  float(v: number) {
    const b = new Uint8Array(9);
    b[0] = 0x47;
    new DataView(b.buffer).setFloat64(1, v, false);
    this.push(b);
  }
  tuple(items: Array<() => void>) {
    this.bytes(0x28);
    for (const f of items) f();
    this.bytes(0x74);
  }
  value(v: TorchValue): void {
    if (v === null) return this.bytes(0x4e);
    if (v === true || v === false) return this.bytes(v ? 0x88 : 0x89);
    if (typeof v === 'bigint') return this.int(v);
    if (typeof v === 'number') return this.float(v);
    if (typeof v === 'string') return this.text(v);
    if (Array.isArray(v)) {
      this.bytes(0x5d, 0x28);
      for (const x of v) this.value(x);
      return this.bytes(0x65);
    }
    if (v.kind === 'parameter') {
      this.global('torch._utils', '_rebuild_parameter');
      this.tuple([
        () => this.tensor(v.tensor),
        () => this.bytes(0x88),
        () => {
          this.global('collections', 'OrderedDict');
          this.bytes(0x29, 0x52);
        },
      ]);
      return this.bytes(0x52);
    }
    if (v.kind === 'set') {
      this.global('__builtin__', 'set');
      this.tuple([() => this.value(v.items)]);
      return this.bytes(0x52);
    }
    if (v.kind === 'object') {
      this.global(v.module, v.name);
      this.bytes(0x29, v.via === 'newobj' ? 0x81 : 0x52);
      this.value(v.state);
      return this.bytes(0x62);
    }
    if (v.kind === 'dict') {
      if (v.ordered) {
        this.global('collections', 'OrderedDict');
        this.bytes(0x29, 0x52);
      } else this.bytes(0x7d);
      this.bytes(0x28);
      for (const [k, x] of v.entries) {
        if (typeof k === 'bigint') this.int(k);
        else this.text(k);
        this.value(x);
      }
      return this.bytes(0x75);
    }
    this.tensor(v);
  }
  tensor(t: TorchTensorOut) {
    const key = this.keyOf(this.storages.length);
    this.storages.push({ key, tensor: t });
    const numel = t.shape.reduce((a, b) => a * b, 1);
    const strides = t.shape.map((_, i) => t.shape.slice(i + 1).reduce((a, b) => a * b, 1));
    this.global('torch._utils', this.untyped ? '_rebuild_tensor_v3' : '_rebuild_tensor_v2');
    this.tuple([
      () => {
        this.tuple([
          () => this.text('storage'),
          () => this.global('torch', this.untyped ? 'UntypedStorage' : STORAGE_CLASS[t.dtype]),
          () => this.text(key),
          () => this.text('cpu'),
          () => this.int(BigInt(this.untyped ? t.bytes.length : numel)),
        ]);
        this.bytes(0x51);
      },
      () => this.int(0n),
      () => this.tuple(t.shape.map((d) => () => this.int(BigInt(d)))),
      () => this.tuple(strides.map((s) => () => this.int(BigInt(s)))),
      () => this.bytes(0x89),
      () => {
        this.global('collections', 'OrderedDict');
        this.bytes(0x29, 0x52);
      },
      ...(this.untyped ? [() => this.global('torch', t.dtype)] : []),
    ]);
    this.bytes(0x52);
  }
  finish(): Uint8Array {
    this.bytes(0x2e);
    return concatBytes(this.chunks);
  }
}

function pickle(build: (p: PickleOut) => void, keyOf: (n: number) => string = String, untyped = false) {
  const p = new PickleOut(keyOf, untyped);
  p.bytes(0x80, 0x02);
  build(p);
  return { bytes: p.finish(), storages: p.storages };
}

function checkSize(t: TorchTensorOut): void {
  const numel = t.shape.reduce((a, b) => a * b, 1);
  if (t.bytes.length !== numel * ITEM_BYTES[t.dtype])
    throw new Error(
      `tensor [${t.shape}] ${t.dtype} needs ${numel * ITEM_BYTES[t.dtype]} bytes, got ${t.bytes.length}`,
    );
}

/** torch.save(obj, f) in the zip format (default since torch 1.6); `root` is the archive folder. */
export function writeTorchZip(
  obj: TorchValue,
  root = 'archive',
  options: { untyped?: boolean; deflate?: boolean } = {},
): Uint8Array {
  const { bytes, storages } = pickle((p) => p.value(obj), String, options.untyped);
  const files: Record<string, Uint8Array> = { [`${root}/data.pkl`]: bytes };
  for (const { key, tensor } of storages) {
    checkSize(tensor);
    files[`${root}/data/${key}`] = tensor.bytes;
  }
  files[`${root}/version`] = new TextEncoder().encode('3\n');
  files[`${root}/byteorder`] = new TextEncoder().encode('little');
  // torch.save stores entries; other zip tools (re-packing an archive) deflate them.
  return zipSync(files, { level: options.deflate ? 6 : 0 });
}

/** torch.save(obj, f, _use_new_zipfile_serialization=False). */
export function writeTorchLegacy(obj: TorchValue): Uint8Array {
  const magic = pickle((p) => {
    p.bytes(0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19);
  }).bytes;
  const protocol = pickle((p) => p.int(1001n)).bytes;
  const sysInfo = pickle((p) =>
    p.value(
      torchDict(
        [
          ['protocol_version', 1001n],
          ['little_endian', true],
          [
            'type_sizes',
            torchDict(
              [
                ['short', 2n],
                ['int', 4n],
                ['long', 4n],
              ],
              false,
            ),
          ],
        ],
        false,
      ),
    ),
  ).bytes;
  // Legacy keys are memory addresses written as decimal strings.
  const object = pickle(
    (p) => p.value(obj),
    (n) => String(94_000_000_000 + n * 4096),
  );
  const keys = pickle((p) => p.value(object.storages.map((s) => s.key))).bytes;
  const parts: Uint8Array[] = [magic, protocol, sysInfo, object.bytes, keys];
  for (const { tensor } of object.storages) {
    checkSize(tensor);
    const count = new Uint8Array(8);
    new DataView(count.buffer).setBigInt64(0, BigInt(tensor.shape.reduce((a, b) => a * b, 1)), true);
    parts.push(count, tensor.bytes);
  }
  return concatBytes(parts);
}

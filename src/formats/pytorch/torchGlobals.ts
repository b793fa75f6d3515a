/**
 * The only callables a torch.save pickle may invoke, given meaning as data: tensor rebuilds,
 * parameters, OrderedDict, torch.Size, sets, `_codecs.encode` (protocol-2 bytes). Every other
 * global called (os.system, numpy, a user's class…) becomes an opaque value naming its class.
 */
import { SlimscopeError } from '../../base/errors';
import type { DType } from '../checkpoint';
import type { PyValue, TorchStorage, TorchTensor } from './pyValues';

/** torch's typed storage classes (what the persistent id names) → element dtype. */
export const STORAGE_DTYPES: Readonly<Record<string, DType>> = {
  FloatStorage: 'float32',
  DoubleStorage: 'float64',
  HalfStorage: 'float16',
  BFloat16Storage: 'bfloat16',
  LongStorage: 'int64',
  IntStorage: 'int32',
  ShortStorage: 'int16',
  CharStorage: 'int8',
  ByteStorage: 'uint8',
  BoolStorage: 'bool',
  ComplexFloatStorage: 'complex64',
  ComplexDoubleStorage: 'complex128',
  // torch ≥ 2 untyped storages hold bytes; _rebuild_tensor_v3 gives their element dtype.
  UntypedStorage: 'uint8',
};

/** Bytes per element of each storage dtype. */
export const ELEMENT_BYTES: Readonly<Partial<Record<DType, number>>> = {
  float32: 4,
  float64: 8,
  float16: 2,
  bfloat16: 2,
  int64: 8,
  int32: 4,
  int16: 2,
  int8: 1,
  uint8: 1,
  bool: 1,
  complex64: 8,
  complex128: 16,
};

const MAX_DIMS = 64;

function bad(file: string, problem: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file,
    problem,
    hint: 'This is not a tensor torch.save wrote, or the file is damaged.',
  });
}

const itemsOf = (v: PyValue): PyValue[] | null =>
  v && typeof v === 'object' && (v.kind === 'tuple' || v.kind === 'list') ? v.items : null;

function count(v: PyValue, what: string, file: string): number {
  if (typeof v !== 'bigint' || v < 0n || v > BigInt(Number.MAX_SAFE_INTEGER))
    throw bad(file, `A tensor's ${what} is not a non-negative integer.`);
  return Number(v);
}

function counts(v: PyValue, what: string, file: string): number[] {
  const items = itemsOf(v);
  if (!items || items.length > MAX_DIMS)
    throw bad(file, `A tensor's ${what} is not a tuple of at most ${MAX_DIMS} integers.`);
  return items.map((x) => count(x, what, file));
}

/** torch dtype globals (`torch.float32`, …) as `_rebuild_tensor_v3` names them → element dtype. */
const TORCH_DTYPES: Readonly<Record<string, DType>> = {
  float32: 'float32',
  float: 'float32',
  float64: 'float64',
  double: 'float64',
  float16: 'float16',
  half: 'float16',
  bfloat16: 'bfloat16',
  int64: 'int64',
  long: 'int64',
  int32: 'int32',
  int: 'int32',
  int16: 'int16',
  short: 'int16',
  int8: 'int8',
  uint8: 'uint8',
  bool: 'bool',
  complex64: 'complex64',
  cfloat: 'complex64',
  complex128: 'complex128',
  cdouble: 'complex128',
};

/**
 * `_rebuild_tensor_v3(storage, offset, size, stride, requires_grad, hooks, dtype, …)` keeps the dtype
 * beside an untyped (byte) storage: the storage is read as elements of that dtype.
 */
function typedStorage(storage: TorchStorage, dtypeArg: PyValue | undefined): TorchStorage {
  const g = dtypeArg && typeof dtypeArg === 'object' && dtypeArg.kind === 'global' ? dtypeArg : null;
  const dtype = g?.module === 'torch' ? TORCH_DTYPES[g.name] : undefined;
  if (!dtype || storage.dtype === dtype) return storage;
  const bytes = storage.dtype ? storage.numel * ELEMENT_BYTES[storage.dtype]! : storage.numel;
  return { ...storage, dtype, numel: Math.floor(bytes / ELEMENT_BYTES[dtype]!) };
}

/** `_rebuild_tensor(_v2|_v3)(storage, storage_offset, size, stride, …)` → a view, checked against its storage. */
function rebuildTensor(args: PyValue[], file: string, v3 = false): PyValue {
  const given = args[0];
  if (!given || typeof given !== 'object' || given.kind !== 'storage') {
    return { kind: 'opaque', className: 'torch.Tensor without a storage' };
  }
  const storage = v3 ? typedStorage(given, args[6]) : given;
  const t: TorchTensor = {
    kind: 'tensor',
    storage,
    offset: count(args[1] ?? null, 'storage offset', file),
    shape: counts(args[2] ?? null, 'size', file),
    stride: counts(args[3] ?? null, 'stride', file),
  };
  if (t.stride.length !== t.shape.length)
    throw bad(file, 'A tensor has a different number of strides and dimensions.');
  checkInStorage(t, file);
  return t;
}

/** The last element the view reaches must lie inside the storage (unless the view is empty). */
function checkInStorage(t: TorchTensor, file: string): void {
  if (t.shape.some((d) => d === 0)) return;
  let last = t.offset;
  for (let i = 0; i < t.shape.length; i++) last += (t.shape[i]! - 1) * t.stride[i]!;
  if (!Number.isSafeInteger(last) || last >= t.storage.numel)
    throw bad(
      file,
      `A tensor reaches element ${last} of a ${t.storage.numel}-element storage (key ${t.storage.key}).`,
    );
}

function dictFromPairs(arg: PyValue | undefined): PyValue {
  const pairs = itemsOf(arg ?? null) ?? [];
  const entries: Array<[PyValue, PyValue]> = [];
  for (const p of pairs) {
    const kv = itemsOf(p);
    if (kv?.length === 2) entries.push([kv[0]!, kv[1]!]);
  }
  return { kind: 'dict', entries };
}

/** Calls a recognised global with its argument tuple as data; anything else is opaque. */
export function callGlobal(fn: PyValue, argsValue: PyValue, file: string): PyValue {
  if (!fn || typeof fn !== 'object' || fn.kind !== 'global')
    return {
      kind: 'opaque',
      className: fn && typeof fn === 'object' && fn.kind === 'opaque' ? fn.className : 'unknown',
    };
  const name = `${fn.module}.${fn.name}`;
  const args = itemsOf(argsValue) ?? [];
  switch (name) {
    case 'torch._utils._rebuild_tensor_v2':
    case 'torch._utils._rebuild_tensor':
      return rebuildTensor(args, file);
    case 'torch._utils._rebuild_tensor_v3':
      return rebuildTensor(args, file, true);
    case 'torch._utils._rebuild_parameter':
    case 'torch._utils._rebuild_parameter_with_state':
      return args[0] ?? null;
    case 'collections.OrderedDict':
      return dictFromPairs(args[0]);
    case 'torch.Size':
      return { kind: 'tuple', items: itemsOf(args[0] ?? null) ?? [] };
    case 'builtins.set':
    case 'builtins.frozenset':
    case '__builtin__.set':
    case '__builtin__.frozenset':
      return { kind: 'set', items: [...(itemsOf(args[0] ?? null) ?? [])] };
    case '_codecs.encode': {
      // protocol 2 writes bytes as _codecs.encode(<latin-1 text>, 'latin1')
      const text = args[0];
      if (typeof text !== 'string') break;
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
      return { kind: 'bytes', bytes };
    }
  }
  return { kind: 'opaque', className: name };
}

/** torch's persistent id `('storage', <XStorage class>, key, location, numel[, view])` → a storage. */
export function storageFromPid(pid: PyValue, file: string): TorchStorage | PyValue {
  const items = itemsOf(pid);
  if (!items || items[0] !== 'storage' || items.length < 5)
    return { kind: 'opaque', className: 'persistent id (not a torch storage)' };
  const [, cls, key, , numel] = items;
  const className =
    cls && typeof cls === 'object' && cls.kind === 'global' ? `${cls.module}.${cls.name}` : 'unknown';
  const short = className.slice(className.lastIndexOf('.') + 1);
  if (typeof key !== 'string') throw bad(file, 'A storage key is not a string.');
  return {
    kind: 'storage',
    key,
    dtype: STORAGE_DTYPES[short] ?? null,
    className,
    numel: count(numel ?? null, 'storage size', file),
  };
}

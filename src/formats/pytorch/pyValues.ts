import type { DType } from '../checkpoint';

/**
 * Plain values built by the restricted unpickler. Python ints are bigints (so `3` and `3.0` stay
 * apart), floats are numbers. Nothing here can run code: globals are names, never functions.
 */
export type PyValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | PyBytes
  | PyList
  | PyTuple
  | PyDict
  | PySet
  | PyGlobal
  | PyOpaque
  | TorchStorage
  | TorchTensor;

export interface PyBytes {
  kind: 'bytes';
  bytes: Uint8Array;
}
export interface PyList {
  kind: 'list';
  items: PyValue[];
}
export interface PyTuple {
  kind: 'tuple';
  items: PyValue[];
}
export interface PyDict {
  kind: 'dict';
  entries: Array<[PyValue, PyValue]>;
}
export interface PySet {
  kind: 'set';
  items: PyValue[];
}
/** A `module.name` reference (GLOBAL / STACK_GLOBAL) that was not called. */
export interface PyGlobal {
  kind: 'global';
  module: string;
  name: string;
}
/** An object the unpickler does not build (any class or call outside torch.save's set). */
export interface PyOpaque {
  kind: 'opaque';
  className: string;
  /** The state BUILD handed it (`__dict__` or `__setstate__` argument), kept as plain data, never applied. */
  state?: PyValue;
}

/** A storage named by a persistent id: its key in the file, element dtype and element count. */
export interface TorchStorage {
  kind: 'storage';
  key: string;
  /** null when the storage class is not one of the numeric ones (quantized, …). */
  dtype: DType | null;
  className: string;
  numel: number;
}

/** A tensor as torch.save describes it: a view of a storage. All counts in elements. */
export interface TorchTensor {
  kind: 'tensor';
  storage: TorchStorage;
  offset: number;
  shape: number[];
  stride: number[];
}

export const isObject = (v: PyValue): v is Exclude<PyValue, null | boolean | bigint | number | string> =>
  v !== null && typeof v === 'object';

/** The class name shown for an opaque value. */
export const opaqueText = (className: string): string => `object of class \`${className}\` (not read)`;
/** The text of an object whose BUILD state is listed as data (no code of the class runs). */
export const objectStateText = (className: string, module: boolean): string =>
  module
    ? `module of class \`${className}\` (its tensors are listed as its state_dict names; no code run)`
    : `object of class \`${className}\` (its state is listed as data; no code run)`;

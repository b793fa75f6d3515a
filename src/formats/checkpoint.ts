import type { SlimscopeError } from '../base/errors';
import type { CancelSignal, ProgressCallback } from '../base/progress';

/** numpy-style dtype names, as `inspect --json` prints them. */
export type DType =
  | 'float16'
  | 'bfloat16'
  | 'float32'
  | 'float64'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'bool'
  | 'complex64'
  | 'complex128'
  | 'string'
  | 'resource'
  | 'variant';

/**
 * What a stored key is for. Only `weight` takes part in matching; the rest are listed apart.
 * `ema` = ExponentialMovingAverage copy, `optimizer_slot` = RMSProp/Momentum/Adam/… slots,
 * `bookkeeping` = global_step, save_counter, Keras biased/local_step, BatchNorm num_batches_tracked,
 * `object_graph` = the TF2 graph, `metadata` = a non-tensor value saved beside the weights (a PyTorch
 * checkpoint's epoch, arch, optimizer settings), shown with its `value`.
 */
export type VariableRole = 'weight' | 'ema' | 'optimizer_slot' | 'bookkeeping' | 'object_graph' | 'metadata';

export type CheckpointFormat =
  | 'tf-v2'
  | 'tf-v1'
  | 'npy'
  | 'npz'
  | 'safetensors'
  | 'keras-h5'
  | 'pytorch-zip'
  | 'pytorch-legacy'
  | 'keras3'
  | 'tfjs';

/** How a quantized tensor is stored (TF.js weights manifest); values are dequantized on read. */
export interface TensorQuantization {
  /** The stored element type. */
  dtype: 'uint8' | 'uint16' | 'float16';
  /** value = stored × scale + min (uint8/uint16 only). */
  scale?: number;
  min?: number;
}

export interface CheckpointVariable {
  /** The key exactly as stored. */
  name: string;
  /** The original variable name, where known (TF2 object graph `full_name`). */
  fullName?: string;
  dtype: DType;
  shape: number[];
  /** Bytes on disk (for a partitioned variable, the sum over its slices). */
  bytes: number;
  shard: number;
  offset: number;
  role: VariableRole;
  /** Set for partitioned variables: how many slices are stitched together. */
  slices?: number;
  /** For `metadata` entries: the value as text (`3`, `0.025`, `resnet50`, `None`, …). */
  value?: string;
  /** The framework layer class holding the variable, where the file says (Keras 3 `Conv2D`). */
  layerClass?: string;
  /** Set when the stored values are quantized (`dtype` is then the dequantized type). */
  quantization?: TensorQuantization;
}

/** Typed element storage. float16/bfloat16 are kept as raw bits; complex as interleaved re, im. */
export type TensorValues =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigUint64Array
  | Uint8Array[];

export interface TensorData {
  name: string;
  dtype: DType;
  shape: number[];
  values: TensorValues;
}

export interface ReadOptions {
  signal?: CancelSignal;
  onProgress?: ProgressCallback;
}

/** A weight source opened from user files: every variable is listed; values are read on demand. */
export interface CheckpointReader {
  readonly format: CheckpointFormat;
  /** The prefix (or file name) the user opened. */
  readonly prefix: string;
  readonly variables: readonly CheckpointVariable[];
  /** Problems that leave the rest usable (missing shards, cross-check disagreements). */
  readonly warnings: readonly SlimscopeError[];
  /** Reads and verifies (CRC) one tensor by its stored name; rejects with a SlimscopeError. */
  readTensor(name: string, options?: ReadOptions): Promise<TensorData>;
}

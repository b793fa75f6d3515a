/**
 * Keras `.h5` weight files as a weight source, through h5wasm (the HDF5 C library in WebAssembly).
 *
 * Unlike every other format here, HDF5 cannot be read lazily through a ByteSource: h5wasm needs the
 * whole file in its in-memory file system. That is acceptable for Keras weight files (NASNet-Large
 * is ~350 MB) but not for anything huge, so the size is checked against `maxBytes` (default 1 GiB)
 * before a byte is copied. Call `close()` to give the memory back.
 */
import type { Dataset, File as H5File } from 'h5wasm';
import { SlimscopeError } from '../../base/errors';
import type { ProgressCallback } from '../../base/progress';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, DType, TensorData } from '../checkpoint';
import { classifyRole } from '../tensorflow/roles';
import { swapBytesInPlace, valuesFromBytes } from '../numpy/typedValues';
import { listKerasWeights } from './kerasLayout';

export const DEFAULT_MAX_H5_BYTES = 1024 ** 3;
const COPY_CHUNK = 8 << 20;
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]; // \x89HDF\r\n\x1a\n

export interface OpenH5Options {
  maxBytes?: number;
  onProgress?: ProgressCallback;
}

type H5Module = typeof import('h5wasm').default;
type H5Metadata = Dataset['metadata'];

let loaded: Promise<{ h5: H5Module; module: Awaited<H5Module['ready']> }> | undefined;
function loadH5wasm(): Promise<{ h5: H5Module; module: Awaited<H5Module['ready']> }> {
  loaded ??= import('h5wasm').then(async ({ default: h5 }) => {
    const module = await h5.ready;
    // HDF5 errors become exceptions (turned into typed errors here) instead of lines on stderr.
    module.activate_throwing_error_handler();
    return { h5, module };
  });
  return loaded;
}
let nextFileId = 0;

function dtypeOf(m: H5Metadata): DType | undefined {
  const { type, size, signed } = m;
  if (type === 1) return size === 2 ? 'float16' : size === 4 ? 'float32' : size === 8 ? 'float64' : undefined;
  if (type === 8 && size === 1) return 'bool'; // h5py stores numpy bool as an int8 enum
  if (type === 3 && !m.vlen) return 'string';
  if (type !== 0 || ![1, 2, 4, 8].includes(size)) return undefined;
  return `${signed ? 'int' : 'uint'}${size * 8}` as DType;
}

async function checkSignature(source: ByteSource, maxBytes: number): Promise<void> {
  const head = await source.read(0, Math.min(8, source.size));
  if (head.length < 8 || HDF5_SIGNATURE.some((b, i) => head[i] !== b)) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: source.name,
      problem: 'This is not an HDF5 (.h5) file: its signature is missing.',
      hint: 'Choose a Keras weights file saved with model.save_weights("….h5").',
    });
  }
  if (source.size > maxBytes) {
    throw new SlimscopeError({
      code: 'TOO_LARGE',
      file: source.name,
      problem: `The .h5 file is ${(source.size / 2 ** 20).toFixed(0)} MB; HDF5 files must be loaded whole and the limit is ${(maxBytes / 2 ** 20).toFixed(0)} MB.`,
      hint: 'Convert the weights to a TensorFlow checkpoint, .npz or .safetensors, which are read lazily.',
    });
  }
}

/** The innermost reason of an HDF5 error stack (`#003: … in H5F__super_read(): truncated file: …`). */
function hdf5Reason(message: string): string {
  const reasons = [...message.matchAll(/#\d+: .* in [\w.]+\(\): (.*)$/gm)].map((m) => m[1]);
  return (reasons.at(-1) ?? message).slice(0, 300);
}

function damaged(file: string, e: unknown): SlimscopeError {
  if (e instanceof SlimscopeError) return e;
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file,
    problem: `The HDF5 library could not read the file: ${hdf5Reason(e instanceof Error ? e.message : String(e))}.`,
    hint: 'The file is damaged or truncated; save the weights again.',
    cause: e,
  });
}

export class KerasH5Reader implements CheckpointReader {
  readonly format = 'keras-h5' as const;
  readonly variables: CheckpointVariable[] = [];
  readonly warnings: SlimscopeError[] = [];
  private readonly weights = new Map<string, { path: string; variable: CheckpointVariable }>();

  private constructor(
    private readonly h5: { module: Awaited<H5Module['ready']>; file: H5File; fsPath: string },
    readonly prefix: string,
  ) {}

  static async open(source: ByteSource, options: OpenH5Options = {}): Promise<KerasH5Reader> {
    await checkSignature(source, options.maxBytes ?? DEFAULT_MAX_H5_BYTES);
    const { h5, module } = await loadH5wasm();
    const fsPath = `/slimscope-${nextFileId++}.h5`;
    const fs = module.FS;
    if (!fs)
      throw new SlimscopeError({
        code: 'INTERNAL',
        file: source.name,
        problem: 'h5wasm has no file system.',
        hint: '',
      });
    const stream = fs.open(fsPath, 'w+');
    try {
      for (let at = 0; at < source.size; at += COPY_CHUNK) {
        const chunk = await source.read(at, Math.min(COPY_CHUNK, source.size - at));
        fs.write(stream, chunk, 0, chunk.length, at);
        options.onProgress?.({ phase: 'load .h5', done: at + chunk.length, total: source.size });
      }
    } finally {
      fs.close(stream);
    }
    let file: H5File;
    try {
      file = new h5.File(fsPath, 'r');
    } catch (e) {
      fs.unlink(fsPath);
      throw damaged(source.name, e);
    }
    const reader = new KerasH5Reader({ module, file, fsPath }, source.name);
    try {
      reader.list(h5);
    } catch (e) {
      reader.close();
      throw damaged(source.name, e);
    }
    return reader;
  }

  private list(h5: H5Module): void {
    for (const weight of listKerasWeights(this.h5.file, h5)) {
      try {
        const ds = this.h5.file.get(weight.path);
        if (!(ds instanceof h5.Dataset))
          throw this.missing(weight.name, 'is listed by Keras but missing from the file');
        const dtype = dtypeOf(ds.metadata);
        if (!dtype)
          throw this.missing(
            weight.name,
            `has an HDF5 type Slimscope cannot read (${JSON.stringify(ds.dtype)})`,
          );
        const shape = ds.shape ?? [];
        const count = shape.reduce((a, b) => a * b, 1);
        const v: CheckpointVariable = {
          name: weight.name,
          dtype,
          shape,
          bytes: count * ds.metadata.size,
          shard: 0,
          offset: 0,
          role: classifyRole(weight.name),
        };
        const fullName = weight.path.replace(/^\/+/, '');
        if (fullName !== weight.name) v.fullName = fullName;
        this.variables.push(v);
        this.weights.set(weight.name, { path: weight.path, variable: v });
      } catch (e) {
        this.warnings.push(damaged(`${this.prefix}:${weight.path}`, e));
      }
    }
  }

  private missing(name: string, what: string): SlimscopeError {
    return new SlimscopeError({
      code: 'BAD_FORMAT',
      file: `${this.prefix}:${name}`,
      problem: `The weight ${name} ${what}.`,
      hint: 'Save the weights again with Keras.',
    });
  }

  async readTensor(name: string): Promise<TensorData> {
    const weight = this.weights.get(name);
    const ds = weight ? this.h5.file.get(weight.path) : null;
    const variable = weight?.variable;
    if (!variable || !ds || !('metadata' in ds)) {
      throw new SlimscopeError({
        code: 'NOT_FOUND',
        file: this.prefix,
        problem: `The file has no weight named ${name}.`,
        hint: 'Pick a name from the list of variables.',
      });
    }
    const dataset = ds as Dataset;
    if (variable.dtype === 'string') {
      const strings = [dataset.value].flat() as string[];
      return {
        name,
        dtype: 'string',
        shape: variable.shape,
        values: strings.map((s) => new TextEncoder().encode(String(s))),
      };
    }
    let raw: Uint8Array;
    try {
      raw = this.readRaw(dataset, variable.bytes);
    } catch (e) {
      throw damaged(`${this.prefix}:${name}`, e);
    }
    if (!dataset.metadata.littleEndian) swapBytesInPlace(raw, dataset.metadata.size);
    return {
      name,
      dtype: variable.dtype,
      shape: variable.shape,
      values: valuesFromBytes(variable.dtype, raw, this.prefix),
    };
  }

  /** The dataset's bytes as stored (h5wasm's own `value` cannot decode float16). */
  private readRaw(dataset: Dataset, bytes: number): Uint8Array {
    const m = this.h5.module;
    const ptr = m._malloc(Math.max(1, bytes));
    if (ptr === 0)
      throw new SlimscopeError({
        code: 'TOO_LARGE',
        file: this.prefix,
        problem: `Could not allocate ${bytes} bytes for ${dataset.path}.`,
        hint: 'Close other files and try again.',
      });
    try {
      m.get_dataset_data(dataset.file_id, dataset.path, null, null, null, BigInt(ptr));
      return m.HEAPU8.slice(ptr, ptr + bytes);
    } finally {
      m._free(ptr);
    }
  }

  /** A string attribute of a group or dataset (Keras 3 records the layer name on `…/vars`). */
  stringAttribute(path: string, name: string): string | undefined {
    try {
      const entity = this.h5.file.get(path);
      const value = entity && 'attrs' in entity ? entity.attrs[name]?.value : undefined;
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Closes the HDF5 file and frees the in-memory copy. */
  close(): void {
    this.h5.file.close();
    this.h5.module.FS?.unlink(this.h5.fsPath);
  }
}

export function openKerasH5(source: ByteSource, options?: OpenH5Options): Promise<KerasH5Reader> {
  return KerasH5Reader.open(source, options);
}

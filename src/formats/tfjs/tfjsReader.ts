/**
 * A TF.js model (`model.json` + `group*-shard*of*.bin`) as a weight source. Only model.json is read
 * up front (plus the length prefixes of string weights, to place what follows them); a tensor's
 * bytes are read from its group's shards when asked, across shard boundaries, and quantized
 * weights (uint8 / uint16 / float16) are dequantized to their manifest dtype.
 */
import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, TensorData } from '../checkpoint';
import { classifyRole } from '../tensorflow/roles';
import { decodeWeight } from './decode';
import {
  elementCount,
  parseModelJson,
  storedElementSize,
  type TfjsModelJson,
  type TfjsWeightSpec,
} from './manifest';
import { ShardStream, type ShardFile } from './shardStream';

/** Largest model.json read (graph models embed their topology; weights stay in the shards). */
export const MAX_MODEL_JSON_BYTES = 256 << 20;
const STRING_SCAN_CHUNK = 1 << 16;

interface Entry {
  spec: TfjsWeightSpec;
  stream: ShardStream;
  /** Offset in the group's stream; undefined when it cannot be placed (after a missing shard). */
  offset?: number;
  size?: number;
  problem?: SlimscopeError;
}

export async function readModelJson(source: ByteSource): Promise<TfjsModelJson> {
  if (source.size > MAX_MODEL_JSON_BYTES) {
    throw new SlimscopeError({
      code: 'TOO_LARGE',
      file: source.name,
      problem: `The model.json is ${source.size} bytes (limit ${MAX_MODEL_JSON_BYTES}).`,
      hint: 'This does not look like a TF.js model.json.',
    });
  }
  return parseModelJson(new TextDecoder().decode(await source.read(0, source.size)), source.name);
}

/** Byte length of `count` length-prefixed strings starting at `offset`, reading in chunks. */
async function stringBytes(
  stream: ShardStream,
  offset: number,
  count: number,
  what: string,
): Promise<number> {
  let at = offset;
  let chunk: Uint8Array = new Uint8Array(0);
  let chunkStart = offset;
  const ensure = async (end: number): Promise<void> => {
    if (end <= chunkStart + chunk.length) return;
    chunkStart = at;
    const length = Math.max(end - at, Math.min(STRING_SCAN_CHUNK, stream.reachable - at));
    chunk = await stream.read(at, length, what);
  };
  for (let i = 0; i < count; i++) {
    await ensure(at + 4);
    const p = at - chunkStart;
    at += 4 + (chunk[p]! | (chunk[p + 1]! << 8) | (chunk[p + 2]! << 16)) + chunk[p + 3]! * 2 ** 24;
  }
  return at - offset;
}

export class TfjsReader implements CheckpointReader {
  readonly format = 'tfjs' as const;
  readonly variables: CheckpointVariable[] = [];
  readonly warnings: SlimscopeError[] = [];
  private readonly entries = new Map<string, Entry>();

  private constructor(
    readonly prefix: string,
    readonly model: TfjsModelJson,
  ) {}

  /**
   * Opens a model.json; `shardFor(path)` gives the file for each shard path of the manifest
   * (undefined = missing: a warning now, MISSING_SHARD when a tensor in it is read).
   */
  static async open(
    modelJson: ByteSource,
    shardFor: (path: string) => ByteSource | undefined,
    parsed?: TfjsModelJson,
  ): Promise<TfjsReader> {
    const reader = new TfjsReader(modelJson.name, parsed ?? (await readModelJson(modelJson)));
    let shardBase = 0;
    for (const group of reader.model.groups) {
      const shards: ShardFile[] = group.paths.map((path) => {
        const source = shardFor(path);
        return source ? { path, source } : { path };
      });
      const stream = new ShardStream(shards, modelJson.name);
      if (stream.missing) reader.warnings.push(reader.missingShard(stream.missing.path));
      await reader.place(group.weights, stream, shardBase);
      shardBase += shards.length;
    }
    return reader;
  }

  private missingShard(path: string): SlimscopeError {
    return new SlimscopeError({
      code: 'MISSING_SHARD',
      file: path,
      problem: `The weights manifest of ${this.prefix} lists ${path}, which is not among the opened files; the weights stored from there on cannot be read.`,
      hint: 'Open model.json together with all its .bin shard files (or their folder).',
    });
  }

  private async place(
    weights: readonly TfjsWeightSpec[],
    stream: ShardStream,
    shardBase: number,
  ): Promise<void> {
    let offset: number | undefined = 0;
    for (const spec of weights) {
      const entry: Entry = { spec, stream };
      const element = storedElementSize(spec);
      if (offset !== undefined) {
        try {
          entry.size =
            element !== undefined
              ? element * elementCount(spec.shape)
              : await stringBytes(stream, offset, elementCount(spec.shape), spec.name);
          entry.offset = offset;
        } catch (e) {
          entry.problem = toSlimscopeError(e, spec.name);
          // A missing shard is already one warning for the whole group.
          if (entry.problem.code !== 'MISSING_SHARD') this.warnings.push(entry.problem);
        }
      }
      offset = entry.offset !== undefined && entry.size !== undefined ? entry.offset + entry.size : undefined;
      this.add(entry, shardBase);
    }
    if (offset !== undefined && offset > stream.reachable && !stream.missing) {
      this.warnings.push(
        new SlimscopeError({
          code: 'TRUNCATED',
          file: stream.shards.at(-1)?.path ?? this.prefix,
          problem: `The manifest needs ${offset} bytes of weights in this group, but its shard files hold only ${stream.reachable}.`,
          hint: 'A shard file is truncated or belongs to another model; the weights at the end cannot be read.',
        }),
      );
    }
  }

  private add(entry: Entry, shardBase: number): void {
    const { spec } = entry;
    if (this.entries.has(spec.name)) {
      this.warnings.push(
        new SlimscopeError({
          code: 'BAD_FORMAT',
          file: this.prefix,
          problem: `The manifest lists the weight ${spec.name} twice; the first is kept.`,
          hint: 'Convert the model again.',
        }),
      );
      return;
    }
    this.entries.set(spec.name, entry);
    const at = entry.offset !== undefined ? entry.stream.locate(entry.offset) : { shard: 0, offset: 0 };
    const v: CheckpointVariable = {
      name: spec.name,
      dtype: spec.dtype,
      shape: spec.shape,
      bytes: entry.size ?? 0,
      shard: shardBase + at.shard,
      offset: at.offset,
      role: classifyRole(spec.name),
    };
    if (spec.quantization) v.quantization = spec.quantization;
    this.variables.push(v);
  }

  async readTensor(name: string): Promise<TensorData> {
    const entry = this.entries.get(name);
    if (!entry) {
      throw new SlimscopeError({
        code: 'NOT_FOUND',
        file: this.prefix,
        problem: `The model has no weight named ${name}.`,
        hint: 'Pick a name from the list of variables.',
      });
    }
    if (entry.problem) throw entry.problem;
    if (entry.offset === undefined || entry.size === undefined) {
      throw entry.stream.missing
        ? this.missingShard(entry.stream.missing.path)
        : new SlimscopeError({
            code: 'BAD_FORMAT',
            file: this.prefix,
            problem: `The weight ${name} follows a weight that could not be read, so its place is unknown.`,
            hint: 'The shard files are damaged or belong to another model.json.',
          });
    }
    const bytes = await entry.stream.read(entry.offset, entry.size, name);
    const { spec } = entry;
    return { name, dtype: spec.dtype, shape: spec.shape, values: decodeWeight(spec, bytes, name) };
  }
}

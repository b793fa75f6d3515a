/**
 * `.safetensors` as a weight source: an 8-byte little-endian header length, a JSON header
 * `{name: {dtype, shape, data_offsets: [begin, end]}, __metadata__?: {…}}`, then the data; offsets
 * are relative to the end of the header. Only the header is read when opening; each tensor is read
 * by its offsets. Spec: huggingface/safetensors README ("Format").
 */
import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, DType, TensorData } from '../checkpoint';
import { classifyRole } from '../tensorflow/roles';
import { valuesFromBytes } from '../numpy/typedValues';

/** The format itself caps the header at 100 MB; anything larger is a damaged or foreign file. */
const MAX_HEADER_BYTES = 100_000_000;

const DTYPES: Record<string, { dtype: DType; size: number }> = {
  BOOL: { dtype: 'bool', size: 1 },
  U8: { dtype: 'uint8', size: 1 },
  I8: { dtype: 'int8', size: 1 },
  I16: { dtype: 'int16', size: 2 },
  U16: { dtype: 'uint16', size: 2 },
  F16: { dtype: 'float16', size: 2 },
  BF16: { dtype: 'bfloat16', size: 2 },
  I32: { dtype: 'int32', size: 4 },
  U32: { dtype: 'uint32', size: 4 },
  F32: { dtype: 'float32', size: 4 },
  F64: { dtype: 'float64', size: 8 },
  I64: { dtype: 'int64', size: 8 },
  U64: { dtype: 'uint64', size: 8 },
  C64: { dtype: 'complex64', size: 8 },
};

interface Entry {
  begin: number;
  end: number;
  variable: CheckpointVariable;
}

function bad(file: string, problem: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file,
    problem,
    hint: 'The .safetensors file is damaged or incomplete; save or download it again.',
  });
}

async function readHeader(source: ByteSource): Promise<{ json: Record<string, unknown>; dataStart: number }> {
  if (source.size < 8) throw bad(source.name, 'The file is too short to be a .safetensors file.');
  const head = await source.read(0, 8);
  const length = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true));
  if (length > MAX_HEADER_BYTES || 8 + length > source.size) {
    throw bad(
      source.name,
      `The header claims ${length} bytes but the file has ${source.size}; it is not a valid .safetensors file.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await source.read(8, length)));
  } catch (e) {
    throw bad(source.name, `The header is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw bad(source.name, 'The header is not a JSON object.');
  return { json: json as Record<string, unknown>, dataStart: 8 + length };
}

/** Validates one header entry against the data region; throws a typed error naming the tensor. */
function parseEntry(name: string, raw: unknown, dataLength: number, file: string): Entry {
  const where = `${file}:${name}`;
  const e = raw as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
  const type = typeof e?.dtype === 'string' ? DTYPES[e.dtype] : undefined;
  if (!type) {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: where,
      problem: `The tensor ${name} has dtype ${e?.dtype === undefined ? '(missing)' : String(e.dtype)}, which Slimscope cannot read.`,
      hint: 'Convert it to F32/F16/BF16 or an integer type before saving.',
    });
  }
  const shape = e.shape;
  const offsets = e.data_offsets;
  const isDims = (v: unknown, n?: number): v is number[] =>
    Array.isArray(v) &&
    (n === undefined || v.length === n) &&
    v.every((d) => Number.isSafeInteger(d) && d >= 0);
  if (!isDims(shape) || !isDims(offsets, 2))
    throw bad(where, `The entry for ${name} has no valid shape or data_offsets.`);
  const [begin, end] = offsets as [number, number];
  const bytes = shape.reduce((a, b) => a * b, 1) * type.size;
  if (begin > end || end > dataLength)
    throw bad(where, `The data of ${name} lies outside the file (truncated?).`);
  if (end - begin !== bytes) {
    throw bad(
      where,
      `The header lies about ${name}: shape (${shape.join(', ')}) needs ${bytes} bytes, offsets give ${end - begin}.`,
    );
  }
  const variable: CheckpointVariable = {
    name,
    dtype: type.dtype,
    shape,
    bytes,
    shard: 0,
    offset: begin,
    role: classifyRole(name),
  };
  return { begin, end, variable };
}

export class SafetensorsReader implements CheckpointReader {
  readonly format = 'safetensors' as const;
  readonly variables: CheckpointVariable[] = [];
  readonly warnings: SlimscopeError[] = [];
  /** The free-form `__metadata__` string map, when present. */
  metadata: Record<string, string> = {};
  private readonly entries = new Map<string, Entry>();

  private constructor(
    private readonly source: ByteSource,
    private readonly dataStart: number,
  ) {}

  get prefix(): string {
    return this.source.name;
  }

  static async open(source: ByteSource): Promise<SafetensorsReader> {
    const { json, dataStart } = await readHeader(source);
    const reader = new SafetensorsReader(source, dataStart);
    for (const [name, raw] of Object.entries(json)) {
      if (name === '__metadata__') {
        reader.metadata = Object.fromEntries(Object.entries(raw ?? {}).map(([k, v]) => [k, String(v)]));
        continue;
      }
      try {
        const entry = parseEntry(name, raw, source.size - dataStart, source.name);
        entry.variable.offset += dataStart;
        reader.variables.push(entry.variable);
        reader.entries.set(name, entry);
      } catch (e) {
        reader.warnings.push(toSlimscopeError(e, `${source.name}:${name}`));
      }
    }
    reader.variables.sort((a, b) => a.offset - b.offset);
    return reader;
  }

  async readTensor(name: string): Promise<TensorData> {
    const entry = this.entries.get(name);
    if (!entry) {
      throw new SlimscopeError({
        code: 'NOT_FOUND',
        file: this.source.name,
        problem: `The file has no readable tensor named ${name}.`,
        hint: 'Pick a name from the list of variables.',
      });
    }
    const { variable } = entry;
    const bytes = await this.source.read(this.dataStart + entry.begin, entry.end - entry.begin);
    return {
      name,
      dtype: variable.dtype,
      shape: variable.shape,
      values: valuesFromBytes(variable.dtype, bytes, this.source.name),
    };
  }
}

export function openSafetensors(source: ByteSource): Promise<SafetensorsReader> {
  return SafetensorsReader.open(source);
}

/**
 * The `model.json` of a TF.js model (layers model or graph model), as tensorflowjs_converter and
 * `model.save()` write it: `weightsManifest` is a list of groups, each naming its shard files
 * (`paths`, relative to model.json) and its weights (`name`, `shape`, `dtype`, optional
 * `quantization`). A group's weights lie back to back in the concatenation of its shards, in
 * manifest order. Spec: tfjs-core/src/io/types.ts (WeightsManifestConfig), io_utils.ts.
 */
import { SlimscopeError } from '../../base/errors';
import type { TensorQuantization } from '../checkpoint';

export type TfjsDtype = 'float32' | 'int32' | 'bool' | 'string' | 'complex64';

export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: TfjsDtype;
  quantization?: TensorQuantization;
}

export interface TfjsGroup {
  paths: string[];
  weights: TfjsWeightSpec[];
}

export interface TfjsModelJson {
  /** `layers-model` or `graph-model` (older files leave it out). */
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
  groups: TfjsGroup[];
}

const DTYPES: ReadonlySet<string> = new Set(['float32', 'int32', 'bool', 'string', 'complex64']);
const QUANTIZED: Record<string, number> = { uint8: 1, uint16: 2, float16: 2 };
const PLAIN_SIZE: Record<Exclude<TfjsDtype, 'string'>, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
};
/** Manifests larger than this are not model.json files a person drops. */
const MAX_WEIGHTS = 1_000_000;

/** Bytes one element takes in the shard (strings have no fixed size). */
export function storedElementSize(spec: TfjsWeightSpec): number | undefined {
  if (spec.quantization) return QUANTIZED[spec.quantization.dtype];
  return spec.dtype === 'string' ? undefined : PLAIN_SIZE[spec.dtype];
}

export const elementCount = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

function bad(file: string, problem: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file,
    problem,
    hint: 'Open the model.json written by tensorflowjs_converter or model.save() together with its .bin shards.',
  });
}

/** A JSON value for a message (short; never the word "undefined"). */
const describe = (v: unknown): string => (JSON.stringify(v) ?? typeof v).slice(0, 80);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseQuantization(q: unknown, where: string, file: string): TensorQuantization | undefined {
  if (q === undefined || q === null) return undefined;
  if (!isObject(q) || typeof q.dtype !== 'string' || !(q.dtype in QUANTIZED))
    throw bad(file, `${where} has an unknown quantization ${describe(q)}.`);
  const dtype = q.dtype as TensorQuantization['dtype'];
  if (dtype === 'float16') return { dtype };
  if (typeof q.scale !== 'number' || typeof q.min !== 'number' || !Number.isFinite(q.scale + q.min))
    throw bad(file, `${where} is ${dtype}-quantized but has no numeric scale and min.`);
  return { dtype, scale: q.scale, min: q.min };
}

function parseWeight(w: unknown, where: string, file: string): TfjsWeightSpec {
  if (!isObject(w) || typeof w.name !== 'string') throw bad(file, `${where} has no name.`);
  const at = `${where} (${w.name})`;
  const shape = w.shape;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0))
    throw bad(file, `${at} has ${shape === undefined ? 'no shape' : `an invalid shape ${describe(shape)}`}.`);
  if (typeof w.dtype !== 'string' || !DTYPES.has(w.dtype))
    throw bad(
      file,
      `${at} has ${w.dtype === undefined ? 'no dtype' : `an unsupported dtype ${describe(w.dtype)}`}.`,
    );
  const spec: TfjsWeightSpec = { name: w.name, shape: shape as number[], dtype: w.dtype as TfjsDtype };
  const quantization = parseQuantization(w.quantization, at, file);
  if (quantization) {
    if (spec.dtype !== 'float32' && spec.dtype !== 'int32')
      throw bad(file, `${at} is a quantized ${spec.dtype}; only float32 and int32 weights are quantized.`);
    spec.quantization = quantization;
  }
  if (!Number.isSafeInteger(elementCount(spec.shape) * 8)) throw bad(file, `${at} is impossibly large.`);
  return spec;
}

/** Parses and checks a model.json; every problem is a BAD_FORMAT error naming the file. */
export function parseModelJson(text: string, file: string): TfjsModelJson {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    throw bad(file, 'This file is not valid JSON.');
  }
  if (!isObject(json) || !Array.isArray(json.weightsManifest))
    throw bad(file, 'This JSON file has no weightsManifest, so it is not a TF.js model.json.');
  const groups: TfjsGroup[] = [];
  let total = 0;
  json.weightsManifest.forEach((g: unknown, i) => {
    const where = `weightsManifest[${i}]`;
    if (!isObject(g) || !Array.isArray(g.paths) || !g.paths.every((p) => typeof p === 'string'))
      throw bad(file, `${where} has no list of shard paths.`);
    if (!Array.isArray(g.weights)) throw bad(file, `${where} has no list of weights.`);
    total += g.weights.length;
    if (total > MAX_WEIGHTS) throw bad(file, `The manifest lists more than ${MAX_WEIGHTS} weights.`);
    groups.push({
      paths: g.paths as string[],
      weights: g.weights.map((w: unknown, k) => parseWeight(w, `${where}.weights[${k}]`, file)),
    });
  });
  const out: TfjsModelJson = { groups };
  for (const key of ['format', 'generatedBy', 'convertedBy'] as const)
    if (typeof json[key] === 'string') out[key] = json[key];
  return out;
}

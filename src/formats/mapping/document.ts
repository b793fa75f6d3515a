/**
 * The mapping document: a versioned, validated JSON file that records which checkpoint tensor
 * feeds which graph variable, how each pair was found and its layout transform, plus enough
 * identity (files, sizes, index hash, model config, EMA choice) to tell whether it still applies.
 */
import { SlimscopeError } from '../../base/errors';
import { isTransformStep, transformShape, type Transform } from './transform';

export const MAPPING_FORMAT = 'slimscope-mapping';
export const MAPPING_VERSION = 1;

export type PairHow = 'exact' | 'rule' | 'structure' | 'manual' | 'npy' | 'imported';
const HOWS: readonly PairHow[] = ['exact', 'rule', 'structure', 'manual', 'npy', 'imported'];

export interface CheckpointIdentity {
  /** The prefix (or file name) the user opened. */
  prefix: string;
  format?: string;
  files: Array<{ name: string; size: number }>;
  /** SHA-256 (hex) of the index file, or null when there is none (e.g. .npz). */
  indexSha256: string | null;
  variableCount: number;
}

export interface ModelIdentity {
  name: string;
  mode: 'inference' | 'training';
  numClasses?: number;
  variableCount: number;
  /** Set when the model was detected rather than chosen: what was detected and why. */
  detected?: string;
}

export interface MappingPairRecord {
  checkpoint: string;
  graph: string;
  how: PairHow;
  transform: Transform;
  confidence?: number;
  locked?: boolean;
}

export interface MappingDocument {
  format: typeof MAPPING_FORMAT;
  version: typeof MAPPING_VERSION;
  createdAt?: string;
  checkpoint: CheckpointIdentity;
  model: ModelIdentity;
  /** Raw weights or their `ExponentialMovingAverage` copies. */
  ema: 'raw' | 'moving_average';
  pairs: MappingPairRecord[];
  unmatched: { graph: string[]; checkpoint: string[] };
}

function bad(file: string, path: string, what: string): never {
  throw new SlimscopeError({
    code: 'BAD_MAPPING',
    file,
    problem: `Mapping file field ${path} ${what}.`,
    hint: 'Export the mapping again from Slimscope, or fix that field.',
  });
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (file: string, o: Record<string, unknown>, k: string, path: string): string =>
  typeof o[k] === 'string' ? (o[k] as string) : bad(file, `${path}.${k}`, 'must be a string');
const nat = (file: string, o: Record<string, unknown>, k: string, path: string): number =>
  Number.isInteger(o[k]) && (o[k] as number) >= 0
    ? (o[k] as number)
    : bad(file, `${path}.${k}`, 'must be a whole number');
const strings = (file: string, x: unknown, path: string): string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string')
    ? (x as string[])
    : bad(file, path, 'must be a list of names');

function checkpointIdentity(file: string, x: unknown): CheckpointIdentity {
  if (!isObj(x)) return bad(file, 'checkpoint', 'must be an object');
  const files = Array.isArray(x.files) ? x.files : bad(file, 'checkpoint.files', 'must be a list');
  const hash = x.indexSha256;
  if (hash !== null && (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))) {
    bad(file, 'checkpoint.indexSha256', 'must be 64 hex digits or null');
  }
  return {
    prefix: str(file, x, 'prefix', 'checkpoint'),
    ...(typeof x.format === 'string' ? { format: x.format } : {}),
    files: files.map((f, i) =>
      isObj(f)
        ? {
            name: str(file, f, 'name', `checkpoint.files[${i}]`),
            size: nat(file, f, 'size', `checkpoint.files[${i}]`),
          }
        : bad(file, `checkpoint.files[${i}]`, 'must be an object'),
    ),
    indexSha256: hash as string | null,
    variableCount: nat(file, x, 'variableCount', 'checkpoint'),
  };
}

function modelIdentity(file: string, x: unknown): ModelIdentity {
  if (!isObj(x)) return bad(file, 'model', 'must be an object');
  if (x.mode !== 'inference' && x.mode !== 'training')
    bad(file, 'model.mode', "must be 'inference' or 'training'");
  return {
    name: str(file, x, 'name', 'model'),
    mode: x.mode as ModelIdentity['mode'],
    ...(x.numClasses === undefined ? {} : { numClasses: nat(file, x, 'numClasses', 'model') }),
    variableCount: nat(file, x, 'variableCount', 'model'),
    ...(x.detected === undefined ? {} : { detected: str(file, x, 'detected', 'model') }),
  };
}

function pairRecord(file: string, x: unknown, i: number): MappingPairRecord {
  const path = `pairs[${i}]`;
  if (!isObj(x)) return bad(file, path, 'must be an object');
  const how = x.how as PairHow;
  if (!HOWS.includes(how)) bad(file, `${path}.how`, `must be one of ${HOWS.join(', ')}`);
  const t = x.transform;
  if (t !== null && !(Array.isArray(t) && t.every(isTransformStep))) {
    bad(file, `${path}.transform`, 'must be null or a list of transform steps');
  }
  const c = x.confidence;
  if (c !== undefined && (typeof c !== 'number' || c < 0 || c > 1))
    bad(file, `${path}.confidence`, 'must be 0..1');
  return {
    checkpoint: str(file, x, 'checkpoint', path),
    graph: str(file, x, 'graph', path),
    how,
    transform: (t ?? null) as Transform,
    ...(typeof c === 'number' ? { confidence: c } : {}),
    ...(x.locked === true ? { locked: true } : {}),
  };
}

/** Parses and validates a mapping document; any defect is a BAD_MAPPING error naming the field. */
export function parseMappingDocument(text: string, file = 'mapping.json'): MappingDocument {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch (e) {
    throw new SlimscopeError({
      code: 'BAD_MAPPING',
      file,
      problem: 'The mapping file is not valid JSON.',
      hint: 'Choose a mapping file exported by Slimscope.',
      cause: e,
    });
  }
  return validateMappingDocument(x, file);
}

export function validateMappingDocument(x: unknown, file = 'mapping.json'): MappingDocument {
  if (!isObj(x)) return bad(file, '(root)', 'must be an object');
  if (x.format !== MAPPING_FORMAT) bad(file, 'format', `must be '${MAPPING_FORMAT}'`);
  if (x.version !== MAPPING_VERSION)
    bad(
      file,
      'version',
      `is ${x.version === undefined ? 'missing' : JSON.stringify(x.version)}; this Slimscope reads version ${MAPPING_VERSION}`,
    );
  if (x.ema !== 'raw' && x.ema !== 'moving_average') bad(file, 'ema', "must be 'raw' or 'moving_average'");
  if (!Array.isArray(x.pairs)) bad(file, 'pairs', 'must be a list');
  const pairs = (x.pairs as unknown[]).map((p, i) => pairRecord(file, p, i));
  const seen = new Set<string>();
  pairs.forEach((p, i) => {
    if (seen.has(p.graph)) bad(file, `pairs[${i}].graph`, `repeats '${p.graph}'`);
    seen.add(p.graph);
  });
  const unmatched = isObj(x.unmatched) ? x.unmatched : bad(file, 'unmatched', 'must be an object');
  return {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    ...(typeof x.createdAt === 'string' ? { createdAt: x.createdAt } : {}),
    checkpoint: checkpointIdentity(file, x.checkpoint),
    model: modelIdentity(file, x.model),
    ema: x.ema as MappingDocument['ema'],
    pairs,
    unmatched: {
      graph: strings(file, unmatched.graph, 'unmatched.graph'),
      checkpoint: strings(file, unmatched.checkpoint, 'unmatched.checkpoint'),
    },
  };
}

export const serializeMappingDocument = (doc: MappingDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

/**
 * `{checkpoint name: graph variable name}` for `tf.compat.v1.train.init_from_checkpoint`
 * (after `json.load`): only pairs that need no transform; the document lists the rest.
 */
export function assignmentMap(doc: Pick<MappingDocument, 'pairs'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of doc.pairs)
    if (p.transform === null || p.transform.length === 0) out[p.checkpoint] = p.graph;
  return out;
}

/** Pairs an assignment map cannot hold: `init_from_checkpoint` copies tensors as stored, it cannot transpose. */
export function assignmentMapLeftOut(pairs: readonly { transform: unknown[] | string | null }[]): number {
  return pairs.filter((p) => p.transform !== null && p.transform.length > 0).length;
}

/** Why pairs are missing from an assignment map and how to get a checkpoint TF loads instead (CLI and app). */
export function assignmentMapNotice(leftOut: number, total: number, exportHow: string): string {
  return (
    `${leftOut} of ${total} pairs need a transform (a layout transpose or a class row) and are left out of ` +
    'the assignment map: init_from_checkpoint copies each tensor as stored and cannot transform it. ' +
    `For a checkpoint TF loads with every pair, export a re-keyed checkpoint (transforms applied): ${exportHow}.`
  );
}

/** Whether a recorded transform still takes `shape` to `target`. */
export function transformFits(t: Transform, shape: readonly number[], target: readonly number[]): boolean {
  const out = transformShape(shape, t);
  return out !== null && out.length === target.length && out.every((d, i) => d === target[i]);
}

/** Hex SHA-256 with Web Crypto (browser, worker and Node ≥ 19 alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

import { SlimscopeError } from '../base/errors';
import { isTransformStep, type Transform } from '../formats/mapping/transform';
import { applyTransform } from '../matching/transforms';
import type { WeightAssignment } from '../model/nasnet/weights';

const bad = (file: string, problem: string): SlimscopeError =>
  new SlimscopeError({
    code: 'BAD_MAPPING',
    file,
    problem,
    hint: 'Pass the mapping document written by `match` / the app, or a plain {"checkpoint name": "graph name"} object.',
  });

function parseTransform(raw: unknown, file: string, pair: string): Transform {
  if (raw === undefined || raw === null) return null;
  const steps = Array.isArray(raw) ? raw : [raw];
  if (!steps.every(isTransformStep))
    throw bad(file, `The transform of pair "${pair}" is not one this version understands.`);
  return steps;
}

function fromPairs(pairs: unknown[], file: string): WeightAssignment[] {
  return pairs.map((p, i) => {
    const pair = p as Record<string, unknown> | null;
    if (!pair || typeof pair.checkpoint !== 'string' || typeof pair.graph !== 'string') {
      throw bad(file, `Pair ${i} lacks a "checkpoint" or "graph" name.`);
    }
    const transform = parseTransform(pair.transform, file, pair.checkpoint);
    const a: WeightAssignment = { checkpoint: pair.checkpoint, graph: pair.graph };
    if (transform && transform.length > 0) a.transform = (t) => applyTransform(t, transform);
    return a;
  });
}

/**
 * Checkpoint → graph assignments from a mapping file: the mapping document (top-level `pairs` of
 * `{checkpoint, graph, how, transform}`) or a plain `{checkpointName: graphName}` object.
 */
export function assignmentsFromMapping(json: unknown, file: string): WeightAssignment[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw bad(file, 'The mapping is not a JSON object.');
  const doc = json as Record<string, unknown>;
  if ('pairs' in doc) {
    if (!Array.isArray(doc.pairs)) throw bad(file, '"pairs" is not a list.');
    return fromPairs(doc.pairs, file);
  }
  return Object.entries(doc).map(([checkpoint, graph]) => {
    if (typeof graph !== 'string')
      throw bad(file, `The value for "${checkpoint}" is not a graph variable name.`);
    return { checkpoint, graph };
  });
}

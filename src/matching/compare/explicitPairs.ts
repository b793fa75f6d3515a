import { SlimscopeError } from '../../base/errors';
import { validateMappingDocument } from '../../formats/mapping/document';
import type { ExplicitPair } from './pairTensors';

/**
 * Explicit pairs for a comparison from a mapping file: a Slimscope mapping document made for one
 * side (its `checkpoint` names on that side, its `graph` names on the other — e.g. a PyTorch port's
 * mapping against the TF-Slim original), or a plain `{ "name in A": "name in B" }` object (an
 * init_from_checkpoint assignment map). The side is decided by which names are found where.
 */
export function explicitPairs(
  json: unknown,
  aNames: ReadonlySet<string>,
  bNames: ReadonlySet<string>,
  file = 'mapping.json',
): ExplicitPair[] {
  const isDoc = typeof json === 'object' && json !== null && 'format' in json && 'pairs' in json;
  if (isDoc) {
    const doc = validateMappingDocument(json, file);
    const hits = (ck: ReadonlySet<string>, gr: ReadonlySet<string>) =>
      doc.pairs.filter((p) => ck.has(p.checkpoint) && gr.has(p.graph)).length;
    // Which side the mapping was made for: its checkpoint names in B (graph names in A), or the reverse.
    if (hits(bNames, aNames) >= hits(aNames, bNames)) {
      return doc.pairs.map((p) => ({ a: p.graph, b: p.checkpoint, transformB: p.transform }));
    }
    return doc.pairs.map((p) => ({ a: p.checkpoint, b: p.graph, transformA: p.transform }));
  }
  if (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    Object.values(json).every((v) => typeof v === 'string')
  ) {
    const entries = Object.entries(json as Record<string, string>);
    const forward = entries.filter(([x, y]) => aNames.has(x) && bNames.has(y)).length;
    const backward = entries.filter(([x, y]) => bNames.has(x) && aNames.has(y)).length;
    return entries.map(([x, y]) => (forward >= backward ? { a: x, b: y } : { a: y, b: x }));
  }
  throw new SlimscopeError({
    code: 'BAD_MAPPING',
    file,
    problem: 'The mapping is neither a Slimscope mapping document nor a {"name in A": "name in B"} object.',
    hint: 'Export the mapping from Slimscope (or `npm run cli -- match … --out mapping.json`).',
  });
}

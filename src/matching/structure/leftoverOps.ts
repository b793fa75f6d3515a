/**
 * Last structural step, for what cells do not cover (stem conv, its batch norm, the classifier,
 * the aux head): a checkpoint op (all tensors under one scope) pairs with a graph op when each is
 * the other's only compatible partner — same parameters, every shape agreeing. Several candidates
 * are listed as ambiguities, never guessed.
 */
import type { WeightEntry } from '../leftovers';
import { paramKind, splitComponents, type ParamKind } from '../names';
import { inferTransform } from '../transforms';
import type { Ambiguity, Layout, MatchGraphVariable, MatchPair } from '../types';

interface Op<V> {
  id: string;
  params: Map<ParamKind, V>;
}

const MAX_BUCKET = 400;

function opsOf<V>(
  items: readonly V[],
  scopeOf: (v: V) => string,
  paramOf: (v: V) => ParamKind | null,
  perVar: boolean,
): Op<V>[] {
  const ops = new Map<string, Op<V>>();
  items.forEach((v, n) => {
    const p = paramOf(v);
    if (!p) return;
    const id = perVar ? `${scopeOf(v)}#${n}` : scopeOf(v);
    let op = ops.get(id);
    if (!op) ops.set(id, (op = { id, params: new Map() }));
    if (op.params.has(p)) op.params.set(p, v);
    else op.params.set(p, v);
  });
  return [...ops.values()];
}

const bucketKey = <V>(op: Op<V>, rankOf: (v: V) => number): string =>
  [...op.params]
    .map(([p, v]) => `${p}:${rankOf(v)}`)
    .sort()
    .join(',');

export function matchLeftoverOps(
  weights: readonly WeightEntry[],
  graph: readonly MatchGraphVariable[],
  layout: Layout,
  statScopes: ReadonlySet<string>,
  perVar: boolean,
): { pairs: MatchPair[]; ambiguities: Ambiguity[] } {
  const scopeOfW = (w: WeightEntry): string => splitComponents(w.norm).slice(0, -1).join('/');
  const paramOfW = (w: WeightEntry): ParamKind | null => {
    const comps = splitComponents(w.norm);
    const scope = comps.slice(0, -1);
    return paramKind(comps[comps.length - 1] as string, scope, statScopes.has(scope.join('/').toLowerCase()));
  };
  const cOps = opsOf(weights, scopeOfW, paramOfW, perVar);
  const gOps = opsOf(
    graph,
    (g) => g.op ?? g.name.split('/').slice(0, -1).join('/'),
    (g) => g.kind ?? paramKind(g.name.split('/').pop() as string, [], false),
    perVar,
  );
  const buckets = new Map<string, { g: Op<MatchGraphVariable>[]; c: Op<WeightEntry>[] }>();
  for (const g of gOps) {
    const k = bucketKey(g, (v) => v.shape.length);
    const b = buckets.get(k) ?? { g: [], c: [] };
    b.g.push(g);
    buckets.set(k, b);
  }
  for (const c of cOps) buckets.get(bucketKey(c, (v) => v.v.shape.length))?.c.push(c);
  const pairs: MatchPair[] = [];
  const ambiguities: Ambiguity[] = [];
  for (const b of buckets.values()) {
    if (b.c.length === 0 || b.g.length * b.c.length > MAX_BUCKET * MAX_BUCKET) continue;
    pairBucket(b.g, b.c, layout, perVar, pairs, ambiguities);
  }
  return { pairs, ambiguities };
}

function compatible(g: Op<MatchGraphVariable>, c: Op<WeightEntry>, layout: Layout): boolean {
  for (const [p, gv] of g.params) {
    const cv = c.params.get(p);
    if (!cv || inferTransform(cv.v.shape, gv.shape, layout, gv.kind) === undefined) return false;
  }
  return true;
}

function pairBucket(
  gs: Op<MatchGraphVariable>[],
  cs: Op<WeightEntry>[],
  layout: Layout,
  perVar: boolean,
  pairs: MatchPair[],
  ambiguities: Ambiguity[],
): void {
  const cand = gs.map((g) => cs.filter((c) => compatible(g, c, layout)));
  const takers = new Map<Op<WeightEntry>, number>();
  for (const list of cand) for (const c of list) takers.set(c, (takers.get(c) ?? 0) + 1);
  gs.forEach((g, i) => {
    const list = cand[i] as Op<WeightEntry>[];
    const only = list[0];
    if (list.length === 1 && only && takers.get(only) === 1) {
      for (const [p, gv] of g.params) {
        const cv = only.params.get(p) as WeightEntry;
        pairs.push({
          checkpoint: cv.v.name,
          graph: gv.name,
          how: 'structure',
          confidence: perVar ? 0.5 : 0.7,
          transform: inferTransform(cv.v.shape, gv.shape, layout, gv.kind) ?? null,
          reason: perVar
            ? 'the only compatible tensor left'
            : `op ${g.id} ↔ ${only.id}: the only compatible op left`,
        });
      }
    } else if (list.length > 0) {
      for (const [p, gv] of g.params) {
        ambiguities.push({
          graph: gv.name,
          candidates: list.flatMap((c) => (c.params.get(p) ? [(c.params.get(p) as WeightEntry).v.name] : [])),
          reason: `${list.length} compatible checkpoint ops for ${g.id}`,
        });
      }
    }
  });
}

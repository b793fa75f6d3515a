/**
 * Pairs the tensors of two checkpoints for a value comparison: same names first, then explicit
 * pairs (a mapping), EMA copies under the raw name, then the matcher — both sides matched to the
 * same model graph (NASNet, PNASNet…), then A matched directly to B — so a port under other names (and layout)
 * compares against its original. Each pair carries the transforms that bring both into one layout.
 */
import type { Transform } from '../../formats/mapping/transform';
import { MODEL_NAMES, modelVariables } from '../../model/catalogue';
import { matchVariables } from '../matchVariables';
import { detectLayout } from '../transforms';
import type { MatchCheckpointVariable, MatchGraphVariable, MatchPair } from '../types';

export type PairedBy = 'name' | 'mapping' | 'ema' | 'matcher';

export interface TensorPair {
  a: string | null;
  b: string | null;
  by: PairedBy | null;
  /** Applied to a's tensor / b's tensor before comparing (null = as stored). */
  transformA: Transform;
  transformB: Transform;
  /** Why the matcher paired them (graph variable or rule), for display. */
  reason?: string;
}

/** A pair the user gives (a mapping file): names on each side and the transforms to apply. */
export interface ExplicitPair {
  a: string;
  b: string;
  transformA?: Transform;
  transformB?: Transform;
}

export interface PairingOptions {
  explicit?: readonly ExplicitPair[];
  /** Pair different names through the matcher (default true). */
  useMatcher?: boolean;
}

const EMA_SUFFIX = /\/ExponentialMovingAverage$/;

/**
 * Unpaired tensors per side above which the matcher is not tried (it would take minutes on two
 * unrelated 100,000-tensor checkpoints); those tensors are reported as only in A / only in B.
 */
export const MATCHER_LIMIT = 20_000;

export function pairTensors(
  a: readonly MatchCheckpointVariable[],
  b: readonly MatchCheckpointVariable[],
  options: PairingOptions = {},
): TensorPair[] {
  const bNames = new Set(b.map((v) => v.name));
  const aNames = new Set(a.map((v) => v.name));
  const byA = new Map<string, TensorPair>();
  const usedB = new Set<string>();
  const add = (p: TensorPair): void => {
    byA.set(p.a!, p);
    usedB.add(p.b!);
  };
  for (const v of a) {
    if (bNames.has(v.name)) add({ a: v.name, b: v.name, by: 'name', transformA: null, transformB: null });
  }
  for (const e of options.explicit ?? []) {
    if (!aNames.has(e.a) || !bNames.has(e.b) || byA.has(e.a) || usedB.has(e.b)) continue;
    add({
      a: e.a,
      b: e.b,
      by: 'mapping',
      transformA: e.transformA ?? null,
      transformB: e.transformB ?? null,
    });
  }
  pairEmaCopies(a, b, byA, usedB, add);
  if (options.useMatcher !== false) {
    const restA = () => a.filter((v) => !byA.has(v.name));
    const restB = () => b.filter((v) => !usedB.has(v.name));
    const worth = (x: readonly unknown[], y: readonly unknown[]) =>
      x.length > 0 && y.length > 0 && x.length <= MATCHER_LIMIT && y.length <= MATCHER_LIMIT;
    if (worth(restA(), restB())) for (const p of pairThroughGraph(restA(), restB())) add(p);
    if (worth(restA(), restB())) for (const p of pairDirectly(restA(), restB())) add(p);
  }
  const rows: TensorPair[] = a.map(
    (v) => byA.get(v.name) ?? { a: v.name, b: null, by: null, transformA: null, transformB: null },
  );
  for (const v of b) {
    if (!usedB.has(v.name)) rows.push({ a: null, b: v.name, by: null, transformA: null, transformB: null });
  }
  return rows;
}

/** `x` on one side and `x/ExponentialMovingAverage` on the other (raw against its average). */
function pairEmaCopies(
  a: readonly MatchCheckpointVariable[],
  b: readonly MatchCheckpointVariable[],
  byA: ReadonlyMap<string, TensorPair>,
  usedB: ReadonlySet<string>,
  add: (p: TensorPair) => void,
): void {
  const freeB = new Map<string, string>();
  for (const v of b) {
    if (usedB.has(v.name)) continue;
    freeB.set(v.name, v.name);
    if (EMA_SUFFIX.test(v.name)) freeB.set(`raw:${v.name.replace(EMA_SUFFIX, '')}`, v.name);
  }
  for (const v of a) {
    if (byA.has(v.name)) continue;
    const other = EMA_SUFFIX.test(v.name)
      ? freeB.get(v.name.replace(EMA_SUFFIX, ''))
      : freeB.get(`raw:${v.name}`);
    if (other === undefined || usedB.has(other) || other === v.name) continue;
    add({ a: v.name, b: other, by: 'ema', transformA: null, transformB: null });
    freeB.delete(other);
  }
}

/** Both sides matched to the catalogue graph that takes most of A; pairs meet at graph variables. */
function pairThroughGraph(
  a: readonly MatchCheckpointVariable[],
  b: readonly MatchCheckpointVariable[],
): TensorPair[] {
  let best: { graph: MatchGraphVariable[]; pairs: MatchPair[] } | null = null;
  for (const model of MODEL_NAMES) {
    const graph = modelVariables(model, 'training');
    const pairs = matchVariables(a, graph).pairs;
    if (pairs.length > (best?.pairs.length ?? 0)) best = { graph, pairs };
  }
  if (!best) return [];
  const bByGraph = new Map(matchVariables(b, best.graph).pairs.map((p) => [p.graph, p]));
  const out: TensorPair[] = [];
  const usedB = new Set<string>();
  for (const pa of best.pairs) {
    const pb = bByGraph.get(pa.graph);
    if (!pb || usedB.has(pb.checkpoint)) continue;
    usedB.add(pb.checkpoint);
    out.push({
      a: pa.checkpoint,
      b: pb.checkpoint,
      by: 'matcher',
      transformA: pa.transform,
      transformB: pb.transform,
      reason: `both match graph variable ${pa.graph}`,
    });
  }
  return out;
}

/**
 * A matched directly to B, B standing in for the graph. The matcher brings a checkpoint into the
 * graph's (TF) layout, so the side in TF layout plays the graph.
 */
function pairDirectly(
  a: readonly MatchCheckpointVariable[],
  b: readonly MatchCheckpointVariable[],
): TensorPair[] {
  const bIsTf = detectLayout(b.map((v) => v.shape)) === 'tf';
  const [ckpt, target] = bIsTf ? [a, b] : [b, a];
  const graph: MatchGraphVariable[] = target.map((v) => ({ name: v.name, shape: v.shape, dtype: v.dtype }));
  return matchVariables(ckpt, graph).pairs.map((p) => ({
    a: bIsTf ? p.checkpoint : p.graph,
    b: bIsTf ? p.graph : p.checkpoint,
    by: 'matcher',
    transformA: bIsTf ? p.transform : null,
    transformB: bIsTf ? null : p.transform,
    reason: p.reason,
  }));
}

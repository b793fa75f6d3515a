/**
 * Automatic matching, strongest evidence first: exact names → consistent scope rewrites and
 * token synonyms → cell structure → the only compatible op left. Every stage only sees what the
 * stages before left unmatched; every pair says how it was found. Pure: plain lists in, plain
 * result out.
 */
import { applyRewrite, describeRewrite, discoverRewrites, type Rewrite } from './affixes';
import { explainShapes } from './checkPair';
import { partitionCheckpoint, type WeightEntry } from './leftovers';
import { canonicalName, scopesWithStats } from './names';
import { matchLeftoverOps } from './structure/leftoverOps';
import { matchStructure } from './structure/matchStructure';
import { detectLayout, inferTransform } from './transforms';
import type {
  Ambiguity,
  Layout,
  MatchCheckpointVariable,
  MatchGraphVariable,
  MatchOptions,
  MatchPair,
  MatchResult,
  ShapeMismatch,
} from './types';

interface State {
  graph: readonly MatchGraphVariable[];
  layout: Layout;
  pairs: Map<string, MatchPair>;
  usedCkpt: Set<string>;
  mismatches: ShapeMismatch[];
  ambiguities: Ambiguity[];
}

function add(state: State, p: MatchPair): boolean {
  if (state.pairs.has(p.graph) || state.usedCkpt.has(p.checkpoint)) return false;
  state.pairs.set(p.graph, p);
  state.usedCkpt.add(p.checkpoint);
  return true;
}

const free = (s: State, ws: readonly WeightEntry[]): WeightEntry[] =>
  ws.filter((w) => !s.usedCkpt.has(w.v.name));
const freeGraph = (s: State): MatchGraphVariable[] => s.graph.filter((g) => !s.pairs.has(g.name));

function tryPair(
  state: State,
  w: WeightEntry,
  g: MatchGraphVariable,
  how: MatchPair['how'],
  confidence: number,
  reason: string,
): void {
  const transform = inferTransform(w.v.shape, g.shape, state.layout, g.kind);
  if (transform === undefined) {
    state.mismatches.push({
      checkpoint: w.v.name,
      graph: g.name,
      checkpointShape: w.v.shape,
      graphShape: g.shape,
      explanation: explainShapes(w.v.shape, g.shape, state.layout, g.kind),
    });
    return;
  }
  add(state, { checkpoint: w.v.name, graph: g.name, how, confidence, transform, reason });
}

function matchExact(state: State, weights: readonly WeightEntry[]): void {
  const byName = new Map(state.graph.map((g) => [g.name, g]));
  for (const w of weights) {
    const g = byName.get(w.norm);
    if (g)
      tryPair(state, w, g, 'exact', 1, w.norm === w.v.name ? 'same name' : 'same name after normalization');
  }
}

interface Claim {
  w: WeightEntry;
  rank: number;
}

/** Synonyms and scope rewrites, on canonical (lower-case, `/`, Slim leaf) names. */
function matchRules(
  state: State,
  weights: readonly WeightEntry[],
  statScopes: ReadonlySet<string>,
): Rewrite[] {
  const ws = free(state, weights);
  if (ws.length === 0) return [];
  const gCanon = new Map<string, MatchGraphVariable>();
  for (const g of freeGraph(state)) gCanon.set(canonicalName(g.name, new Set()), g);
  const cCanon = ws.map((w) => canonicalName(w.norm, statScopes));
  const rewrites = discoverRewrites(
    cCanon.filter((c) => !gCanon.has(c)),
    gCanon.keys(),
  );
  const claims = new Map<string, Claim[]>();
  const claim = (name: string, c: Claim): void => {
    const list = claims.get(name);
    if (list) list.push(c);
    else claims.set(name, [c]);
  };
  ws.forEach((w, i) => {
    const c = cCanon[i] as string;
    if (gCanon.has(c)) return claim(c, { w, rank: 0 });
    for (let n = 0; n < rewrites.length; n++) {
      const name = applyRewrite(c, rewrites[n] as Rewrite);
      if (name !== null && gCanon.has(name)) return claim(name, { w, rank: n + 1 });
    }
  });
  const usedRewrites = new Set<number>();
  for (const [name, list] of claims) {
    const g = gCanon.get(name) as MatchGraphVariable;
    const first = list.reduce((a, b) => (b.rank < a.rank ? b : a));
    if (list.some((l) => l !== first && l.rank === first.rank)) {
      state.ambiguities.push({
        graph: g.name,
        candidates: [...list].sort((a, b) => a.rank - b.rank).map((l) => l.w.v.name),
        reason: `several names become ${g.name}`,
      });
      continue;
    }
    if (first.rank > 0) usedRewrites.add(first.rank - 1);
    const r = rewrites[first.rank - 1];
    const reason = r ? describeRewrite(r) : 'token synonyms';
    tryPair(state, first.w, g, 'rule', first.rank === 0 ? 0.95 : 0.9, reason);
  }
  return rewrites.filter((_, n) => usedRewrites.has(n));
}

export function matchVariables(
  checkpoint: readonly MatchCheckpointVariable[],
  graph: readonly MatchGraphVariable[],
  options: MatchOptions = {},
): MatchResult {
  const part = partitionCheckpoint(checkpoint);
  const layout = detectLayout(part.weights.map((w) => w.v.shape));
  const state: State = {
    graph,
    layout,
    pairs: new Map(),
    usedCkpt: new Set(),
    mismatches: [],
    ambiguities: [],
  };
  const statScopes = scopesWithStats(part.weights.map((w) => w.norm));
  matchExact(state, part.weights);
  const rewrites = matchRules(state, part.weights, statScopes);
  const structure = matchStructure(free(state, part.weights), freeGraph(state), layout, statScopes);
  for (const p of structure.pairs) add(state, p);
  state.mismatches.push(...structure.mismatches);
  state.ambiguities.push(...structure.ambiguities);
  for (const perVar of [false, true]) {
    const rest = matchLeftoverOps(free(state, part.weights), freeGraph(state), layout, statScopes, perVar);
    for (const p of rest.pairs) add(state, p);
    if (perVar) state.ambiguities.push(...rest.ambiguities);
  }
  return finish(state, part, rewrites, options);
}

function finish(
  state: State,
  part: ReturnType<typeof partitionCheckpoint>,
  rewrites: Rewrite[],
  options: MatchOptions,
): MatchResult {
  const preferEma = options.preferEma ?? false;
  const pairs = state.graph.flatMap((g) => {
    const p = state.pairs.get(g.name);
    if (!p) return [];
    const ema = part.emaOf.get(p.checkpoint);
    return preferEma && ema ? [{ ...p, checkpoint: ema, reason: `${p.reason}; moving average` }] : [p];
  });
  const paired = new Set(pairs.map((p) => p.graph));
  return {
    pairs,
    ambiguities: state.ambiguities.filter((a) => !a.graph || !paired.has(a.graph)),
    mismatches: state.mismatches.filter((m) => !paired.has(m.graph) && !state.usedCkpt.has(m.checkpoint)),
    leftovers: part.leftovers,
    layout: state.layout,
    rewrites: rewrites.map(describeRewrite),
    preferEma,
    emaCopies: Object.fromEntries(part.emaOf),
  };
}

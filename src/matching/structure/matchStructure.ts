/**
 * Structure-aware matching: align whole cells (by combination pattern and order), then match the
 * variables inside aligned cells by their place in the cell (unit, combination rank, left/right,
 * separable layer, parameter). Shapes only confirm a correspondence; they never create one.
 */
import { explainShapes } from '../checkPair';
import type { WeightEntry } from '../leftovers';
import { paramKind } from '../names';
import { inferTransform, toTfLayout } from '../transforms';
import type { Ambiguity, Layout, MatchGraphVariable, MatchPair, ShapeMismatch } from '../types';
import { checkpointItems, memoKeys, type Item } from './checkpointCells';
import { alignSequences, compareKeys, groupOrderKey, splitGroup } from './cells';
import { localKeyString, slimLocalKey } from './localKeys';

interface Cell<V> {
  id: string;
  items: Item<V>[];
  ranks: Map<number, number>;
  signature: string;
  /** The cell adjusts its previous input by factorized reduction (path1/path2), not prev_1x1. */
  factorized: boolean;
  /** Local key string of each item (combination ranked). */
  keys: string[];
}

interface CellResult {
  pairs: MatchPair[];
  mismatches: ShapeMismatch[];
  ambiguities: Ambiguity[];
  score: number;
}

export interface StructureResult {
  pairs: MatchPair[];
  mismatches: ShapeMismatch[];
  ambiguities: Ambiguity[];
}

type G = MatchGraphVariable;

const BAND = 3;

function graphItems(vars: readonly G[]): Map<string, Item<G>[]> {
  const cells = new Map<string, Item<G>[]>();
  const localKey = memoKeys(slimLocalKey);
  for (const v of vars) {
    const comps = v.name.split('/');
    const leaf = comps[comps.length - 1] as string;
    const cellId = v.cell ?? splitGroup(comps).group;
    const depth = cellId.split('/').length;
    const param = v.kind ?? paramKind(leaf, comps.slice(0, -1), false);
    if (!param || !v.name.startsWith(`${cellId}/`)) continue;
    const item = { v, key: localKey(comps.slice(depth, -1), param) };
    const list = cells.get(cellId);
    if (list) list.push(item);
    else cells.set(cellId, [item]);
  }
  return cells;
}

function makeCell<V>(
  id: string,
  items: Item<V>[],
  kernelOf: (i: Item<V>) => number | undefined,
): Cell<V> | null {
  const seps = items.filter((i) => i.key.unit === 'sep' && i.key.param === 'depthwise_weights');
  if (seps.length === 0) return null;
  const combs = [...new Set(items.flatMap((i) => (i.key.comb === undefined ? [] : [i.key.comb])))].sort(
    (a, b) => a - b,
  );
  const ranks = new Map(combs.map((c, r) => [c, r]));
  const sig = new Set(
    seps.map((i) => `${ranks.get(i.key.comb ?? -1)}${i.key.side ?? '?'}${kernelOf(i) ?? '?'}`),
  );
  const factorized = items.some((i) => i.key.unit === 'path1');
  const keys = items.map((i) =>
    localKeyString(i.key, i.key.comb === undefined ? undefined : ranks.get(i.key.comb)),
  );
  return { id, items, ranks, signature: [...sig].sort().join(' '), factorized, keys };
}

/** Checkpoint adjustment units become prev/prevbn or path1/path2/pathbn as the graph cell has them. */
function resolveAdjust(items: Item<WeightEntry>[], factorized: boolean): Map<Item<WeightEntry>, string> {
  const out = new Map<Item<WeightEntry>, string>();
  const convScopes = [
    ...new Set(items.filter((i) => i.key.unit === 'adjust').map((i) => i.key.order ?? '')),
  ].sort();
  for (const i of items) {
    if (i.key.unit === 'adjustbn') out.set(i, factorized ? 'pathbn' : 'prevbn');
    if (i.key.unit !== 'adjust') continue;
    const pos = convScopes.indexOf(i.key.order ?? '');
    const unit = factorized ? ['path1', 'path2'][pos] : ['prev'][pos];
    out.set(i, unit ?? 'adjust?');
  }
  return out;
}

type CellIndex = Map<string, Item<WeightEntry>[]>;
type IndexCache = Map<Cell<WeightEntry>, CellIndex[]>;

/** Local keys of a checkpoint cell, read as a factorized-reduction cell or a prev-1x1 cell. */
function cellIndex(c: Cell<WeightEntry>, factorized: boolean, cache: IndexCache): CellIndex {
  const slot = factorized ? 1 : 0;
  const cached = cache.get(c)?.[slot];
  if (cached) return cached;
  const adjust = resolveAdjust(c.items, factorized);
  const index: CellIndex = new Map();
  for (const i of c.items) {
    const unit = adjust.get(i) ?? i.key.unit;
    const k = localKeyString(
      { ...i.key, unit },
      i.key.comb === undefined ? undefined : c.ranks.get(i.key.comb),
    );
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  }
  const entry = cache.get(c) ?? [];
  entry[slot] = index;
  cache.set(c, entry);
  return index;
}

/** How many graph items of `g` find exactly one shape-compatible tensor at their place in `c`. */
function scoreCell(g: Cell<G>, c: Cell<WeightEntry>, layout: Layout, cache: IndexCache): number {
  const index = cellIndex(c, g.factorized, cache);
  let score = 0;
  g.items.forEach((gi, n) => {
    const found = index.get(g.keys[n] as string);
    const ck = found?.length === 1 ? (found[0] as Item<WeightEntry>).v : undefined;
    if (ck && inferTransform(ck.v.shape, gi.v.shape, layout, gi.v.kind) !== undefined) score++;
  });
  return score;
}

function matchCell(g: Cell<G>, c: Cell<WeightEntry>, layout: Layout, cache: IndexCache): CellResult {
  const index = cellIndex(c, g.factorized, cache);
  const res: CellResult = { pairs: [], mismatches: [], ambiguities: [], score: 0 };
  g.items.forEach((gi, n) => {
    const found = index.get(g.keys[n] as string);
    if (!found) return;
    if (found.length > 1) {
      res.ambiguities.push({
        graph: gi.v.name,
        candidates: found.map((f) => f.v.v.name),
        reason: `several tensors sit at the same place in ${c.id}`,
      });
      return;
    }
    const ck = (found[0] as Item<WeightEntry>).v;
    const transform = inferTransform(ck.v.shape, gi.v.shape, layout, gi.v.kind);
    if (transform === undefined) {
      res.mismatches.push({
        checkpoint: ck.v.name,
        graph: gi.v.name,
        checkpointShape: ck.v.shape,
        graphShape: gi.v.shape,
        explanation: '',
      });
      return;
    }
    res.score++;
    res.pairs.push({
      checkpoint: ck.v.name,
      graph: gi.v.name,
      how: 'structure',
      confidence: 0,
      transform,
      reason: `cell ${g.id} ↔ ${c.id}`,
    });
  });
  const full = res.score === g.items.length && res.score === c.items.length;
  for (const p of res.pairs) p.confidence = full ? 0.9 : 0.75;
  return res;
}

/**
 * Order-preserving cell alignment of one signature. When both sides have as many cells and each
 * cell fits its counterpart completely, that is the alignment (the usual case) and no search runs.
 */
function alignCells(
  gs: Cell<G>[],
  cs: Cell<WeightEntry>[],
  layout: Layout,
  cache: IndexCache,
): Array<[number, number]> {
  const full = (i: number, j: number): boolean => {
    const g = gs[i] as Cell<G>;
    const c = cs[j] as Cell<WeightEntry>;
    return g.items.length === c.items.length && scoreCell(g, c, layout, cache) === g.items.length;
  };
  if (gs.length === cs.length && gs.every((_, i) => full(i, i))) return gs.map((_, i) => [i, i]);
  const memo = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const k = i * cs.length + j;
    let r = memo.get(k);
    if (r === undefined)
      memo.set(k, (r = scoreCell(gs[i] as Cell<G>, cs[j] as Cell<WeightEntry>, layout, cache)));
    return r;
  };
  // Cells keep their order on both sides, so only pairs near the diagonal can align.
  const band = BAND + Math.abs(gs.length - cs.length);
  const near = (i: number, j: number): boolean =>
    Math.abs((i * cs.length) / Math.max(gs.length, 1) - j) <= band;
  return alignSequences(gs.length, cs.length, (i, j) => (near(i, j) ? score(i, j) : 0));
}

const jaccard = (a: string, b: string): number => {
  const sa = new Set(a.split(' '));
  const sb = new Set(b.split(' '));
  const inter = [...sa].filter((x) => sb.has(x)).length;
  return inter / (sa.size + sb.size - inter || 1);
};

/** Checkpoint cells grouped under the graph signature they most resemble. */
function groupBySignature(gCells: Cell<G>[], cCells: Cell<WeightEntry>[]): Map<string, Cell<WeightEntry>[]> {
  const sigs = [...new Set(gCells.map((c) => c.signature))];
  const out = new Map<string, Cell<WeightEntry>[]>();
  for (const c of cCells) {
    let best = '';
    let bestScore = 0.5;
    for (const s of sigs) {
      const j = s === c.signature ? 2 : jaccard(s, c.signature);
      if (j > bestScore) [best, bestScore] = [s, j];
    }
    if (!best) continue;
    const list = out.get(best);
    if (list) list.push(c);
    else out.set(best, [c]);
  }
  return out;
}

export function matchStructure(
  weights: readonly WeightEntry[],
  graph: readonly G[],
  layout: Layout,
  statScopes: ReadonlySet<string>,
): StructureResult {
  // Slim numbers cells of one kind in creation order, so sorting also survives a re-ordered list.
  const gCells = [...graphItems(graph)]
    .flatMap(([id, items]) => makeCell(id, items, (i) => i.key.kernel) ?? [])
    .sort((a, b) => compareKeys(groupOrderKey(a.id), groupOrderKey(b.id)));
  const cCellsAt = (level: 1 | 2): Cell<WeightEntry>[] =>
    [...checkpointItems(weights, statScopes, level)]
      .flatMap(
        ([id, items]) =>
          makeCell(id, items, (i) => toTfLayout(i.v.v.shape, layout, 'depthwise_weights')[0]) ?? [],
      )
      .sort((a, b) => compareKeys(groupOrderKey(a.id), groupOrderKey(b.id)));
  const gSigs = new Set(gCells.map((c) => c.signature));
  const fitting = (cs: Cell<WeightEntry>[]): number => cs.filter((c) => gSigs.has(c.signature)).length;
  let cCells = cCellsAt(1);
  // A cell may be named by two parts (`stage2/unit3`); read it so when that fits the graph better.
  if (fitting(cCells) < gCells.length) {
    const deeper = cCellsAt(2);
    if (fitting(deeper) > fitting(cCells)) cCells = deeper;
  }
  const bySig = groupBySignature(gCells, cCells);
  const cache: IndexCache = new Map();
  const graphKind = new Map(graph.map((g) => [g.name, g.kind]));
  const out: StructureResult = { pairs: [], mismatches: [], ambiguities: [] };
  for (const [sig, cs] of bySig) {
    const gs = gCells.filter((g) => g.signature === sig);
    for (const [i, j] of alignCells(gs, cs, layout, cache)) {
      const r = matchCell(gs[i] as Cell<G>, cs[j] as Cell<WeightEntry>, layout, cache);
      if (r.score === 0) continue;
      out.pairs.push(...r.pairs);
      out.mismatches.push(
        ...r.mismatches.map((m) => ({
          ...m,
          explanation: explainShapes(m.checkpointShape, m.graphShape, layout, graphKind.get(m.graph)),
        })),
      );
      out.ambiguities.push(...r.ambiguities);
    }
  }
  return out;
}

/**
 * Structure-aware matching: align whole cells (by combination pattern and order), then match the
 * variables inside aligned cells by their place in the cell (unit, combination rank, left/right,
 * separable layer, parameter). Shapes only confirm a correspondence; they never create one.
 */
import { checkPair, explainShapes } from '../checkPair';
import type { WeightEntry } from '../leftovers';
import { paramKind, splitComponents } from '../names';
import { toTfLayout } from '../transforms';
import type { Ambiguity, Layout, MatchGraphVariable, MatchPair, ShapeMismatch } from '../types';
import { alignSequences, compareKeys, groupOrderKey, splitGroup } from './cells';
import { foreignLocalKey, localKeyString, slimLocalKey, type LocalKey } from './localKeys';

interface Item<V> {
  v: V;
  key: LocalKey;
}

interface Cell<V> {
  id: string;
  items: Item<V>[];
  ranks: Map<number, number>;
  signature: string;
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

function graphItems(vars: readonly G[]): Map<string, Item<G>[]> {
  const cells = new Map<string, Item<G>[]>();
  for (const v of vars) {
    const comps = v.name.split('/');
    const leaf = comps[comps.length - 1] as string;
    const cellId = v.cell ?? splitGroup(comps).group;
    const depth = cellId.split('/').length;
    const param = v.kind ?? paramKind(leaf, comps.slice(0, -1), false);
    if (!param || !v.name.startsWith(`${cellId}/`)) continue;
    const item = { v, key: slimLocalKey(comps.slice(depth, -1), param) };
    const list = cells.get(cellId);
    if (list) list.push(item);
    else cells.set(cellId, [item]);
  }
  return cells;
}

function checkpointItems(
  weights: readonly WeightEntry[],
  statScopes: ReadonlySet<string>,
): Map<string, Item<WeightEntry>[]> {
  const cells = new Map<string, Item<WeightEntry>[]>();
  for (const w of weights) {
    const comps = splitComponents(w.norm);
    const scope = comps.slice(0, -1);
    const param = paramKind(
      comps[comps.length - 1] as string,
      scope,
      statScopes.has(scope.join('/').toLowerCase()),
    );
    if (!param) continue;
    const { group, local } = splitGroup(comps);
    const key = foreignLocalKey(local, param);
    if (!key) continue;
    const list = cells.get(group);
    if (list) list.push({ v: w, key });
    else cells.set(group, [{ v: w, key }]);
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
  return { id, items, ranks, signature: [...sig].sort().join(' ') };
}

/** Checkpoint adjustment units become prev/prevbn or path1/path2/pathbn as the graph cell has them. */
function resolveAdjust(
  items: Item<WeightEntry>[],
  graphUnits: ReadonlySet<string>,
): Map<Item<WeightEntry>, string> {
  const out = new Map<Item<WeightEntry>, string>();
  const convScopes = [
    ...new Set(items.filter((i) => i.key.unit === 'adjust').map((i) => i.key.order ?? '')),
  ].sort();
  const factorized = graphUnits.has('path1');
  for (const i of items) {
    if (i.key.unit === 'adjustbn') out.set(i, factorized ? 'pathbn' : 'prevbn');
    if (i.key.unit !== 'adjust') continue;
    const pos = convScopes.indexOf(i.key.order ?? '');
    out.set(
      i,
      factorized ? (pos === 0 ? 'path1' : pos === 1 ? 'path2' : 'adjust?') : pos === 0 ? 'prev' : 'adjust?',
    );
  }
  return out;
}

function matchCell(g: Cell<G>, c: Cell<WeightEntry>, layout: Layout): CellResult {
  const units = new Set(g.items.map((i) => String(i.key.unit)));
  const adjust = resolveAdjust(c.items, units);
  const index = new Map<string, Item<WeightEntry>[]>();
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
  const res: CellResult = { pairs: [], mismatches: [], ambiguities: [], score: 0 };
  for (const gi of g.items) {
    const k = localKeyString(gi.key, gi.key.comb === undefined ? undefined : g.ranks.get(gi.key.comb));
    const found = index.get(k);
    if (!found) continue;
    if (found.length > 1) {
      res.ambiguities.push({
        graph: gi.v.name,
        candidates: found.map((f) => f.v.v.name),
        reason: `several tensors sit at the same place in ${c.id}`,
      });
      continue;
    }
    const ck = (found[0] as Item<WeightEntry>).v;
    const check = checkPair(ck.v, gi.v, layout);
    if (!check.ok) {
      res.mismatches.push({
        checkpoint: ck.v.name,
        graph: gi.v.name,
        checkpointShape: ck.v.shape,
        graphShape: gi.v.shape,
        explanation: explainShapes(ck.v.shape, gi.v.shape, layout, gi.v.kind),
      });
      continue;
    }
    res.score++;
    res.pairs.push({
      checkpoint: ck.v.name,
      graph: gi.v.name,
      how: 'structure',
      confidence: 0,
      transform: check.transform,
      reason: `cell ${g.id} ↔ ${c.id}`,
    });
  }
  const full = res.score === g.items.length && res.score === c.items.length;
  for (const p of res.pairs) p.confidence = full ? 0.9 : 0.75;
  return res;
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
  const cCells = [...checkpointItems(weights, statScopes)]
    .flatMap(
      ([id, items]) =>
        makeCell(id, items, (i) => toTfLayout(i.v.v.shape, layout, 'depthwise_weights')[0]) ?? [],
    )
    .sort((a, b) => compareKeys(groupOrderKey(a.id), groupOrderKey(b.id)));
  const bySig = groupBySignature(gCells, cCells);
  const out: StructureResult = { pairs: [], mismatches: [], ambiguities: [] };
  for (const [sig, cs] of bySig) {
    const gs = gCells.filter((g) => g.signature === sig);
    const memo = new Map<string, CellResult>();
    const get = (i: number, j: number): CellResult => {
      const k = `${i},${j}`;
      let r = memo.get(k);
      if (!r) memo.set(k, (r = matchCell(gs[i] as Cell<G>, cs[j] as Cell<WeightEntry>, layout)));
      return r;
    };
    for (const [i, j] of alignSequences(gs.length, cs.length, (i, j) => get(i, j).score)) {
      const r = get(i, j);
      out.pairs.push(...r.pairs);
      out.mismatches.push(...r.mismatches);
      out.ambiguities.push(...r.ambiguities);
    }
  }
  return out;
}

/**
 * The interactive mapping as a pure, immutable session: every action returns a new session (the
 * UI store just holds the latest), with undo/redo over pairs, the EMA switch and the preview.
 * Manual pairs are checked (shape/dtype, transforms) and generalize into a previewed proposal.
 */
import type { Transform } from '../formats/mapping/transform';
import { checkPair, type PairCheck } from './checkPair';
import { generalize, type Generalization } from './generalize';
import { partitionCheckpoint } from './leftovers';
import { matchVariables } from './matchVariables';
import { canonicalName, scopesWithStats } from './names';
import type {
  Layout,
  MatchCheckpointVariable,
  MatchGraphVariable,
  MatchOptions,
  MatchPair,
  MatchResult,
} from './types';

export interface Preview extends Generalization {
  click: { checkpoint: string; graph: string };
}

interface Snapshot {
  pairs: ReadonlyMap<string, MatchPair>;
  preferEma: boolean;
  preview: Preview | null;
}

/** Lookups computed once per session (never changed by actions). */
export interface SessionIndex {
  checkpointByName: ReadonlyMap<string, MatchCheckpointVariable>;
  graphByName: ReadonlyMap<string, MatchGraphVariable>;
  /** Canonical names of matchable weights, under their raw stored name. */
  canonical: ReadonlyMap<string, string>;
  emaOf: ReadonlyMap<string, string>;
  rawOf: ReadonlyMap<string, string>;
}

export interface MatchSession extends Snapshot {
  readonly checkpoint: readonly MatchCheckpointVariable[];
  readonly graph: readonly MatchGraphVariable[];
  /** The automatic result the session started from (leftovers, ambiguities, mismatches). */
  readonly auto: MatchResult;
  readonly layout: Layout;
  readonly index: SessionIndex;
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
}

const HISTORY = 200;

export function createSession(
  checkpoint: readonly MatchCheckpointVariable[],
  graph: readonly MatchGraphVariable[],
  options: MatchOptions = {},
): MatchSession {
  const auto = matchVariables(checkpoint, graph, options);
  const part = partitionCheckpoint(checkpoint);
  const stats = scopesWithStats(part.weights.map((w) => w.norm));
  const emaOf = new Map(Object.entries(auto.emaCopies));
  const index: SessionIndex = {
    checkpointByName: new Map(checkpoint.map((v) => [v.name, v])),
    graphByName: new Map(graph.map((g) => [g.name, g])),
    canonical: new Map(part.weights.map((w) => [w.v.name, canonicalName(w.norm, stats)])),
    emaOf,
    rawOf: new Map([...emaOf].map(([raw, ema]) => [ema, raw])),
  };
  return {
    checkpoint,
    graph,
    auto,
    layout: auto.layout,
    index,
    pairs: new Map(auto.pairs.map((p) => [p.graph, p])),
    preferEma: auto.preferEma,
    preview: null,
    past: [],
    future: [],
  };
}

function commit(s: MatchSession, next: Partial<Snapshot>): MatchSession {
  const snap: Snapshot = { pairs: s.pairs, preferEma: s.preferEma, preview: s.preview };
  return { ...s, ...next, past: [...s.past.slice(-HISTORY + 1), snap], future: [] };
}

const withEma = (s: Pick<MatchSession, 'index' | 'preferEma'>, raw: string): string =>
  (s.preferEma && s.index.emaOf.get(raw)) || raw;

/** Pairs without `graph` and without any pair that uses `checkpoint`. */
function without(
  pairs: ReadonlyMap<string, MatchPair>,
  graph: string,
  checkpoint: string,
): Map<string, MatchPair> {
  const out = new Map(pairs);
  out.delete(graph);
  for (const [g, p] of out) if (p.checkpoint === checkpoint) out.delete(g);
  return out;
}

export interface MapOutcome {
  session: MatchSession;
  check: PairCheck;
}

/**
 * A user click: checkpoint tensor → graph variable. Refused (session unchanged, reason in
 * `check`) when shapes/dtypes cannot agree or the graph variable is locked; otherwise the pair is
 * made and the rename it implies is previewed for the analogous variables.
 */
export function mapPair(
  s: MatchSession,
  checkpoint: string,
  graph: string,
  transform?: Transform,
): MapOutcome {
  const c = s.index.checkpointByName.get(checkpoint);
  const g = s.index.graphByName.get(graph);
  if (!c || !g) {
    const missing = !c ? `checkpoint has no tensor '${checkpoint}'` : `graph has no variable '${graph}'`;
    return { session: s, check: { ok: false, transform: null, options: [], reason: missing } };
  }
  const check = checkPair(c, g, s.layout);
  const locked = s.pairs.get(graph)?.locked;
  if (!check.ok || locked) {
    return { session: s, check: locked ? { ...check, ok: false, reason: `${graph} is locked` } : check };
  }
  const chosen =
    transform !== undefined && check.options.some((o) => JSON.stringify(o) === JSON.stringify(transform))
      ? transform
      : check.transform;
  const pair: MatchPair = {
    checkpoint,
    graph,
    how: 'manual',
    confidence: 1,
    transform: chosen,
    reason: 'chosen by the user',
  };
  const pairs = without(s.pairs, graph, checkpoint);
  pairs.set(graph, pair);
  const raw = s.index.rawOf.get(checkpoint) ?? checkpoint;
  const rawPairs = new Map(
    [...pairs].map(([k, p]) => [k, { ...p, checkpoint: s.index.rawOf.get(p.checkpoint) ?? p.checkpoint }]),
  );
  const gen = generalize({
    click: { checkpoint: raw, graph },
    canonical: s.index.canonical,
    checkpointByName: s.index.checkpointByName,
    graph: s.graph,
    pairs: rawPairs,
    layout: s.layout,
  });
  const preview = gen.proposals.length ? { ...gen, click: { checkpoint, graph } } : null;
  return { session: commit(s, { pairs, preview }), check: { ...check, transform: chosen } };
}

/** Applies the previewed generalization (one undo step). */
export function acceptPreview(s: MatchSession): MatchSession {
  if (!s.preview) return s;
  let pairs = new Map(s.pairs);
  for (const p of s.preview.proposals) {
    const ckpt = withEma(s, p.checkpoint);
    pairs = without(pairs, p.graph, ckpt);
    pairs.set(p.graph, { ...p, checkpoint: ckpt });
  }
  return commit(s, { pairs, preview: null });
}

export const dismissPreview = (s: MatchSession): MatchSession =>
  s.preview ? commit(s, { preview: null }) : s;

/** What a scripted user or the CLI does for one click: map, then accept the preview. */
export function applyClick(s: MatchSession, checkpoint: string, graph: string): MapOutcome {
  const out = mapPair(s, checkpoint, graph);
  return out.check.ok ? { ...out, session: acceptPreview(out.session) } : out;
}

export function unmap(s: MatchSession, graph: string): MatchSession {
  const p = s.pairs.get(graph);
  if (!p || p.locked) return s;
  const pairs = new Map(s.pairs);
  pairs.delete(graph);
  return commit(s, { pairs, preview: null });
}

export function setLocked(s: MatchSession, graph: string, locked: boolean): MatchSession {
  const p = s.pairs.get(graph);
  if (!p || Boolean(p.locked) === locked) return s;
  const pairs = new Map(s.pairs);
  pairs.set(graph, { ...p, locked });
  return commit(s, { pairs });
}

/** The EMA switch: every pair whose raw weight has a moving-average copy follows it. */
export function setPreferEma(s: MatchSession, preferEma: boolean): MatchSession {
  if (s.preferEma === preferEma) return s;
  const pairs = new Map<string, MatchPair>();
  for (const [g, p] of s.pairs) {
    const raw = s.index.rawOf.get(p.checkpoint) ?? p.checkpoint;
    pairs.set(g, { ...p, checkpoint: (preferEma && s.index.emaOf.get(raw)) || raw });
  }
  return commit(s, { pairs, preferEma });
}

export function undo(s: MatchSession): MatchSession {
  const prev = s.past[s.past.length - 1];
  if (!prev) return s;
  const here: Snapshot = { pairs: s.pairs, preferEma: s.preferEma, preview: s.preview };
  return { ...s, ...prev, past: s.past.slice(0, -1), future: [here, ...s.future] };
}

export function redo(s: MatchSession): MatchSession {
  const next = s.future[0];
  if (!next) return s;
  const here: Snapshot = { pairs: s.pairs, preferEma: s.preferEma, preview: s.preview };
  return { ...s, ...next, past: [...s.past, here], future: s.future.slice(1) };
}

/** Pairs in graph order. */
export const sessionPairs = (s: MatchSession): MatchPair[] =>
  s.graph.flatMap((g) => s.pairs.get(g.name) ?? []);

/**
 * A graph variable's value set from a user's `.npy` (checked and held by the caller): recorded as
 * a pair whose source is the file name, one undo step like any other pair.
 */
export function setFromNpy(s: MatchSession, graph: string, fileName: string): MatchSession {
  if (!s.index.graphByName.has(graph) || s.pairs.get(graph)?.locked) return s;
  const pairs = without(s.pairs, graph, fileName);
  pairs.set(graph, {
    checkpoint: fileName,
    graph,
    how: 'npy',
    confidence: 1,
    transform: null,
    reason: `value set from ${fileName}`,
  });
  return commit(s, { pairs, preview: null });
}

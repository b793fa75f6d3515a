/**
 * The complete mismatch report, like PyTorch's `load_state_dict` error but all at once: graph
 * variables without weights, checkpoint weights unused, shape mismatches with their reason,
 * ambiguities, and the training leftovers kept out of matching.
 */
import { partitionCheckpoint } from './leftovers';
import { sessionPairs, type MatchSession } from './session';
import type { Ambiguity, Leftover, MatchHow, MatchPair, ShapeMismatch } from './types';

export interface MatchReport {
  graphTotal: number;
  matched: number;
  /** Graph variables without weights. */
  missing: string[];
  /** Checkpoint weights no pair uses (leftovers are listed apart). */
  unused: string[];
  mismatches: ShapeMismatch[];
  ambiguities: Ambiguity[];
  leftovers: Leftover[];
  byHow: Partial<Record<MatchHow, number>>;
  withTransform: number;
  complete: boolean;
  preferEma: boolean;
}

export function buildReport(s: MatchSession): MatchReport {
  const pairs = sessionPairs(s);
  const used = new Set<string>();
  for (const p of pairs) {
    used.add(p.checkpoint);
    used.add(s.index.rawOf.get(p.checkpoint) ?? p.checkpoint);
  }
  const missing = s.graph.filter((g) => !s.pairs.has(g.name)).map((g) => g.name);
  const missingSet = new Set(missing);
  const weights = partitionCheckpoint(s.checkpoint).weights;
  const byHow: Partial<Record<MatchHow, number>> = {};
  for (const p of pairs) byHow[p.how] = (byHow[p.how] ?? 0) + 1;
  return {
    graphTotal: s.graph.length,
    matched: pairs.length,
    missing,
    unused: weights.filter((w) => !used.has(w.v.name)).map((w) => w.v.name),
    mismatches: s.auto.mismatches.filter((m) => missingSet.has(m.graph) && !used.has(m.checkpoint)),
    ambiguities: s.auto.ambiguities.filter((a) => !a.graph || missingSet.has(a.graph)),
    leftovers: s.auto.leftovers,
    byHow,
    withTransform: pairs.filter((p: MatchPair) => p.transform !== null).length,
    complete: missing.length === 0,
    preferEma: s.preferEma,
  };
}

const list = (title: string, items: readonly string[], max: number): string[] =>
  items.length === 0
    ? []
    : [
        `${title} (${items.length}):`,
        ...items.slice(0, max).map((i) => `  ${i}`),
        ...(items.length > max ? [`  … and ${items.length - max} more`] : []),
      ];

/** Plain-text report (CLI, logs). `max` limits each list. */
export function formatReport(r: MatchReport, max = 20): string {
  const how = Object.entries(r.byHow)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const roles = new Map<string, number>();
  for (const l of r.leftovers) roles.set(l.role, (roles.get(l.role) ?? 0) + 1);
  return [
    `matched ${r.matched} / ${r.graphTotal}${how ? ` (${how})` : ''}; ${r.withTransform} with a transform`,
    `missing ${r.missing.length}, unused ${r.unused.length}, mismatches ${r.mismatches.length}, ambiguities ${r.ambiguities.length}`,
    `training leftovers kept out: ${[...roles].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; weights: ${r.preferEma ? 'moving averages' : 'raw'}`,
    ...list('Graph variables without weights', r.missing, max),
    ...list('Checkpoint weights unused', r.unused, max),
    ...list(
      'Shape mismatches',
      r.mismatches.map((m) => `${m.graph} ← ${m.checkpoint}: ${m.explanation}`),
      max,
    ),
    ...list(
      'Ambiguous',
      r.ambiguities.map(
        (a) => `${a.graph ?? a.checkpoint}: ${a.candidates.slice(0, 5).join(' | ')} (${a.reason})`,
      ),
      max,
    ),
  ].join('\n');
}

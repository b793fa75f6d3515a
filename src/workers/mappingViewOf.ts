import type { CheckpointVariable } from '../formats/checkpoint';
import { describeTransform } from '../formats/mapping/transform';
import type { GraphVariable } from '../model/graphVariable';
import type { MatchPair, MatchResult } from '../matching/types';
import type { MappingView } from './mappingView';

export interface HistoryFlags {
  canUndo: boolean;
  canRedo: boolean;
}

/** Turns the matcher's result into the plain view the UI shows (report lists included). */
export function mappingViewOf(
  result: Pick<MatchResult, 'pairs' | 'ambiguities' | 'mismatches' | 'leftovers' | 'preferEma' | 'emaCopies'>,
  checkpoint: readonly CheckpointVariable[],
  graph: readonly GraphVariable[],
  history: HistoryFlags,
): MappingView {
  const usedCkpt = new Set(result.pairs.map((p) => p.checkpoint));
  // A raw weight whose EMA copy is used (or the reverse) is not "unused".
  for (const [raw, ema] of Object.entries(result.emaCopies)) {
    if (usedCkpt.has(raw)) usedCkpt.add(ema);
    if (usedCkpt.has(ema)) usedCkpt.add(raw);
  }
  const pairedGraph = new Set(result.pairs.map((p) => p.graph));
  const leftoverNames = new Set(result.leftovers.map((l) => l.name));
  return {
    pairs: result.pairs.map(pairView),
    mismatches: result.mismatches.map((m) => ({
      checkpoint: m.checkpoint,
      graph: m.graph,
      explanation: m.explanation,
    })),
    ambiguities: result.ambiguities.map((a) => ({
      name: a.graph ?? a.checkpoint ?? '',
      side: a.graph ? 'graph' : 'checkpoint',
      candidates: a.candidates,
      reason: a.reason,
    })),
    missing: graph.filter((g) => !pairedGraph.has(g.name)).map((g) => g.name),
    unused: checkpoint
      .filter((v) => v.role === 'weight' && !usedCkpt.has(v.name) && !leftoverNames.has(v.name))
      .map((v) => v.name),
    leftovers: result.leftovers.map((l) => ({ name: l.name, role: l.role })),
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    preferEma: result.preferEma,
  };
}

function pairView(p: MatchPair): MappingView['pairs'][number] {
  return {
    checkpoint: p.checkpoint,
    graph: p.graph,
    how: p.how,
    confidence: p.confidence,
    transform: p.transform ? describeTransform(p.transform) : null,
    reason: p.reason,
    locked: p.locked ?? false,
  };
}

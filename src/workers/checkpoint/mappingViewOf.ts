import { describeTransform } from '../../formats/mapping/transform';
import { buildReport } from '../../matching/report';
import { sessionPairs, type MatchSession } from '../../matching/session';
import type { MatchPair } from '../../matching/types';
import type { GeneralizationView, MappingView } from './mappingView';

/** The session's pairs and complete report as the plain view the UI shows. */
export function mappingViewOf(session: MatchSession): MappingView {
  const report = buildReport(session);
  return {
    pairs: sessionPairs(session).map(pairView),
    mismatches: report.mismatches.map((m) => ({
      checkpoint: m.checkpoint,
      graph: m.graph,
      explanation: m.explanation,
    })),
    ambiguities: report.ambiguities.map((a) => ({
      name: a.graph ?? a.checkpoint ?? '',
      side: a.graph ? 'graph' : 'checkpoint',
      candidates: a.candidates,
      reason: a.reason,
    })),
    missing: report.missing,
    unused: report.unused,
    leftovers: report.leftovers.map((l) => ({ name: l.name, role: l.role })),
    canUndo: session.past.length > 0,
    canRedo: session.future.length > 0,
    preferEma: session.preferEma,
  };
}

export function generalizationViewOf(session: MatchSession): GeneralizationView | null {
  const p = session.preview;
  if (!p || p.proposals.length === 0) return null;
  return { rule: p.rule, pairs: p.proposals.map((x) => ({ checkpoint: x.checkpoint, graph: x.graph })) };
}

function pairView(p: MatchPair): MappingView['pairs'][number] {
  return {
    checkpoint: p.checkpoint,
    graph: p.graph,
    how: p.how,
    confidence: p.confidence,
    transform: p.transform && p.transform.length ? describeTransform(p.transform) : null,
    reason: p.reason,
    locked: p.locked ?? false,
  };
}

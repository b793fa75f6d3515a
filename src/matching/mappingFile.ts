/**
 * Session ⇄ mapping document: export the current pairs with their provenance and transforms;
 * import a document to resume, reporting every entry that no longer applies.
 */
import {
  MAPPING_FORMAT,
  MAPPING_VERSION,
  transformFits,
  type CheckpointIdentity,
  type MappingDocument,
  type ModelIdentity,
} from '../formats/mapping/document';
import { buildReport } from './report';
import { sessionPairs, type MatchSession } from './session';
import type { MatchPair } from './types';

export function toMappingDocument(
  s: MatchSession,
  checkpoint: CheckpointIdentity,
  model: ModelIdentity,
  createdAt?: string,
): MappingDocument {
  const report = buildReport(s);
  return {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    ...(createdAt ? { createdAt } : {}),
    checkpoint,
    model,
    ema: s.preferEma ? 'moving_average' : 'raw',
    pairs: sessionPairs(s).map((p) => ({
      checkpoint: p.checkpoint,
      graph: p.graph,
      how: p.how,
      transform: p.transform,
      confidence: p.confidence,
      ...(p.locked ? { locked: true } : {}),
    })),
    unmatched: { graph: report.missing, checkpoint: report.unused },
  };
}

export interface StaleEntry {
  checkpoint: string;
  graph: string;
  reason: string;
}

export interface ResumeResult {
  session: MatchSession;
  stale: StaleEntry[];
  /** Identity differences (other files, other model): the pairs were still tried. */
  warnings: string[];
}

function identityWarnings(
  doc: MappingDocument,
  checkpoint?: CheckpointIdentity,
  model?: ModelIdentity,
): string[] {
  const out: string[] = [];
  if (
    checkpoint &&
    doc.checkpoint.indexSha256 &&
    checkpoint.indexSha256 &&
    doc.checkpoint.indexSha256 !== checkpoint.indexSha256
  ) {
    out.push(`the mapping was made for another checkpoint index (${doc.checkpoint.prefix})`);
  }
  if (model && (doc.model.name !== model.name || doc.model.mode !== model.mode)) {
    out.push(
      `the mapping was made for ${doc.model.name} (${doc.model.mode}), not ${model.name} (${model.mode})`,
    );
  }
  return out;
}

/**
 * Replaces the session's pairs by the document's (one undo step), keeping only entries whose
 * tensor and variable exist and whose shapes still fit the recorded transform.
 */
export function resumeFromDocument(
  s: MatchSession,
  doc: MappingDocument,
  current: { checkpoint?: CheckpointIdentity; model?: ModelIdentity } = {},
): ResumeResult {
  const stale: StaleEntry[] = [];
  const pairs = new Map<string, MatchPair>();
  const usedCkpt = new Set<string>();
  for (const p of doc.pairs) {
    const c = s.index.checkpointByName.get(p.checkpoint);
    const g = s.index.graphByName.get(p.graph);
    const reason = !c
      ? 'the checkpoint has no such tensor'
      : !g
        ? 'the graph has no such variable'
        : !transformFits(p.transform, c.shape, g.shape)
          ? `shape [${c.shape.join(',')}] no longer fits [${g.shape.join(',')}] with the recorded transform`
          : usedCkpt.has(p.checkpoint)
            ? 'the tensor is already used by another entry'
            : '';
    if (reason) {
      stale.push({ checkpoint: p.checkpoint, graph: p.graph, reason });
      continue;
    }
    usedCkpt.add(p.checkpoint);
    pairs.set(p.graph, {
      checkpoint: p.checkpoint,
      graph: p.graph,
      how: p.how,
      confidence: p.confidence ?? 1,
      transform: p.transform,
      reason: 'imported from a mapping file',
      ...(p.locked ? { locked: true } : {}),
    });
  }
  const session: MatchSession = {
    ...s,
    pairs,
    preferEma: doc.ema === 'moving_average',
    preview: null,
    past: [...s.past, { pairs: s.pairs, preferEma: s.preferEma, preview: s.preview }],
    future: [],
  };
  return { session, stale, warnings: identityWarnings(doc, current.checkpoint, current.model) };
}

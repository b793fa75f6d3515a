import { SlimscopeError } from '../../base/errors';
import { assignmentMap, parseMappingDocument, type ModelIdentity } from '../../formats/mapping/document';
import { modelEntry, variablesOf, type GraphConfig } from '../../model/catalogue';
import { detectModel, type Detection } from '../../matching/detectModel';
import { resumeFromDocument, toMappingDocument } from '../../matching/mappingFile';
import {
  acceptPreview,
  createSession,
  dismissPreview,
  mapPair,
  redo,
  setFromNpy,
  setLocked,
  setPreferEma,
  undo,
  unmap,
  type MatchSession,
} from '../../matching/session';
import type { DetectionView, MatchingCatalogue, MatchTarget } from './checkpointCatalogue';
import type { CheckpointRegistry } from './checkpointRegistry';
import type { MappingUpdate, RefusalView } from './mappingView';
import { generalizationViewOf, mappingViewOf } from './mappingViewOf';
import { npyValueFor, NpyValueStore } from './npyValues';
import type { Handlers } from '../rpc/serve';

export interface HeldSession {
  session: MatchSession;
  model: ModelIdentity;
}

/** The session of an open checkpoint, or a NOT_FOUND error asking for Auto-match first. */
export function requireSession(
  held: ReadonlyMap<number, HeldSession>,
  registry: CheckpointRegistry,
  handle: number,
): HeldSession {
  const h = held.get(handle);
  if (h) return h;
  throw new SlimscopeError({
    code: 'NOT_FOUND',
    file: registry.get(handle).meta.prefix,
    problem: 'This checkpoint has not been matched yet.',
    hint: 'Run Auto-match first.',
  });
}

function modelIdentity(config: GraphConfig, variableCount: number, detected?: string): ModelIdentity {
  const { model, mode, numClasses } = config;
  return { name: model, mode, numClasses, variableCount, ...(detected ? { detected } : {}) };
}

const sameTarget = (m: ModelIdentity, c: GraphConfig): boolean =>
  m.name === c.model && m.mode === c.mode && m.numClasses === c.numClasses;

const targetConfig = (t: Omit<MatchTarget, 'handle'>): GraphConfig => ({
  model: t.model,
  mode: t.mode,
  numClasses: t.numClasses ?? modelEntry(t.model).numClasses,
});

export function detectionView(d: Detection): DetectionView {
  return {
    config: d.best.config,
    fit: d.fit,
    matched: d.best.matched,
    graphTotal: d.best.graphTotal,
    summary: d.summary,
    alternatives: d.ranked.slice(1, 8).map((s) => ({
      config: s.config,
      matched: s.matched,
      graphTotal: s.graphTotal,
      estimated: s.estimated ?? false,
    })),
  };
}

/** Matching requests: one pure mapping session per open checkpoint, kept next to its reader. */
export function matchingHandlers(
  registry: CheckpointRegistry,
  held = new Map<number, HeldSession>(),
  npy = new NpyValueStore(),
): Handlers<MatchingCatalogue> {
  const heldOf = (handle: number): HeldSession => requireSession(held, registry, handle);
  const fresh = (handle: number, config: GraphConfig, preferEma: boolean): HeldSession => {
    const graph = variablesOf(config);
    const session = createSession(registry.get(handle).reader.variables, graph, { preferEma });
    return { session, model: modelIdentity(config, graph.length) };
  };
  const answer = (handle: number, h: HeldSession, extra: Partial<MappingUpdate> = {}): MappingUpdate => {
    held.set(handle, h);
    const document = toMappingDocument(
      h.session,
      registry.get(handle).identity,
      h.model,
      new Date().toISOString(),
    );
    return {
      view: mappingViewOf(h.session),
      generalization: generalizationViewOf(h.session),
      refusal: null,
      document,
      ...extra,
    };
  };
  const step =
    (f: (s: MatchSession) => MatchSession) =>
    async ({ handle }: { handle: number }) => {
      const h = heldOf(handle);
      return answer(handle, { ...h, session: f(h.session) });
    };
  return {
    autoMatch: async ({ handle, model, mode, numClasses, preferEma }) =>
      answer(handle, fresh(handle, targetConfig({ model, mode, numClasses }), preferEma)),
    async detectAndMatch({ handle, preferEma, preferMode, fallback }) {
      const variables = registry.get(handle).reader.variables;
      const { detection, session } = detectModel(variables, { preferEma, preferMode });
      const view = detectionView(detection);
      if (detection.fit === 'none')
        return { detection: view, update: answer(handle, fresh(handle, fallback, preferEma)) };
      const model = modelIdentity(detection.best.config, session.graph.length, detection.summary);
      return { detection: view, update: answer(handle, { session, model }) };
    },
    async mapPair({ handle, checkpoint, graph }) {
      const h = heldOf(handle);
      const { session, check } = mapPair(h.session, checkpoint, graph);
      const refusal: RefusalView | null = check.ok ? null : { checkpoint, graph, reason: check.reason };
      return answer(handle, { ...h, session }, { refusal });
    },
    unmapPair: ({ handle, graph }) => step((s) => unmap(s, graph))({ handle }),
    lockPair: ({ handle, graph, locked }) => step((s) => setLocked(s, graph, locked))({ handle }),
    undo: step(undo),
    redo: step(redo),
    answerGeneralization: ({ handle, accept }) => step(accept ? acceptPreview : dismissPreview)({ handle }),
    setPreferEma: ({ handle, preferEma }) => step((s) => setPreferEma(s, preferEma))({ handle }),
    async importMapping({ handle, model, mode, numClasses, text, fileName }) {
      const doc = parseMappingDocument(text, fileName);
      const current = held.get(handle);
      const target = targetConfig({ model, mode, numClasses });
      const base =
        current && sameTarget(current.model, target)
          ? current
          : fresh(handle, target, doc.ema === 'moving_average');
      const { session, stale, warnings } = resumeFromDocument(base.session, doc, {
        checkpoint: registry.get(handle).identity,
        model: base.model,
      });
      return answer(handle, { ...base, session }, { stale, warnings });
    },
    async setFromNpy({ handle, graph, fileName, file, layout }) {
      const h = heldOf(handle);
      const target = h.session.index.graphByName.get(graph);
      if (!target)
        throw new SlimscopeError({
          code: 'NOT_FOUND',
          file: graph,
          problem: 'No such graph variable.',
          hint: '',
        });
      const out = await npyValueFor(file, fileName, target, layout);
      if (out.kind === 'refused') {
        return answer(handle, h, { refusal: { checkpoint: fileName, graph, reason: out.reason } });
      }
      if (out.kind === 'choose')
        return answer(handle, h, { npyChoice: { graph, fileName, options: out.options } });
      npy.set(handle, fileName, out.value);
      return answer(
        handle,
        { ...h, session: setFromNpy(h.session, graph, fileName) },
        { warnings: out.notices },
      );
    },
    async exportAssignmentMap({ handle }) {
      const h = heldOf(handle);
      return assignmentMap(toMappingDocument(h.session, registry.get(handle).identity, h.model));
    },
  };
}

import { SlimscopeError } from '../base/errors';
import { nasnetVariables } from '../model/nasnet/variables';
import {
  acceptPreview,
  createSession,
  dismissPreview,
  mapPair,
  redo,
  sessionPairs,
  setLocked,
  setPreferEma,
  undo,
  unmap,
  type MatchSession,
} from '../matching/session';
import type { MatchingCatalogue } from './checkpointCatalogue';
import type { CheckpointRegistry } from './checkpointService';
import type { MappingUpdate, RefusalView } from './mappingView';
import { generalizationViewOf, mappingViewOf } from './mappingViewOf';
import type { Handlers } from './serve';

/** Matching requests: one pure mapping session per open checkpoint, kept next to its reader. */
export function matchingHandlers(
  registry: CheckpointRegistry,
  sessions = new Map<number, MatchSession>(),
): Handlers<MatchingCatalogue> {
  const sessionOf = (handle: number): MatchSession => {
    const s = sessions.get(handle);
    if (s) return s;
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: registry.get(handle).meta.prefix,
      problem: 'This checkpoint has not been matched yet.',
      hint: 'Run Auto-match first.',
    });
  };
  const answer = (
    handle: number,
    session: MatchSession,
    refusal: RefusalView | null = null,
  ): MappingUpdate => {
    sessions.set(handle, session);
    return {
      view: mappingViewOf(session),
      generalization: generalizationViewOf(session),
      refusal,
      document: { pairs: sessionPairs(session) },
    };
  };
  const step =
    (f: (s: MatchSession) => MatchSession) =>
    async ({ handle }: { handle: number }) =>
      answer(handle, f(sessionOf(handle)));
  return {
    async autoMatch({ handle, model, mode, preferEma }) {
      const variables = registry.get(handle).meta.variables;
      return answer(handle, createSession(variables, nasnetVariables(model, mode), { preferEma }));
    },
    async mapPair({ handle, checkpoint, graph }) {
      const { session, check } = mapPair(sessionOf(handle), checkpoint, graph);
      return answer(handle, session, check.ok ? null : { checkpoint, graph, reason: check.reason });
    },
    unmapPair: async ({ handle, graph }) => answer(handle, unmap(sessionOf(handle), graph)),
    lockPair: async ({ handle, graph, locked }) =>
      answer(handle, setLocked(sessionOf(handle), graph, locked)),
    undo: step(undo),
    redo: step(redo),
    answerGeneralization: async ({ handle, accept }) =>
      answer(handle, (accept ? acceptPreview : dismissPreview)(sessionOf(handle))),
    setPreferEma: async ({ handle, preferEma }) => answer(handle, setPreferEma(sessionOf(handle), preferEma)),
    async importMapping() {
      throw new Error('mapping documents are not available yet');
    },
    async exportAssignmentMap({ handle }) {
      const pairs = sessionPairs(sessionOf(handle)).filter((p) => !p.transform || p.transform.length === 0);
      return Object.fromEntries(pairs.map((p) => [p.checkpoint, p.graph]));
    },
  };
}

import { nasnetVariables } from '../model/nasnet/variables';
import type { GraphVariable } from '../model/graphVariable';
import { matchVariables } from '../matching/matchVariables';
import type { MatchResult } from '../matching/types';
import type { CheckpointCatalogue, MatchingCatalogue } from './checkpointCatalogue';
import type { CheckpointRegistry } from './checkpointService';
import type { MappingUpdate } from './mappingView';
import { mappingViewOf } from './mappingViewOf';
import type { Handlers } from './serve';

interface Session {
  graph: GraphVariable[];
  result: MatchResult;
}

/** Matching requests, one mapping session per open checkpoint handle. */
export function matchingHandlers(registry: CheckpointRegistry): Handlers<MatchingCatalogue> {
  const sessions = new Map<number, Session>();
  const update = (handle: number): MappingUpdate => {
    const s = sessions.get(handle)!;
    const view = mappingViewOf(s.result, registry.get(handle).meta.variables, s.graph, {
      canUndo: false,
      canRedo: false,
    });
    return { view, generalization: null, refusal: null, document: { pairs: view.pairs } };
  };
  const unsupported = async (): Promise<never> => {
    throw new Error('not available yet');
  };
  return {
    async autoMatch({ handle, model, mode, preferEma }) {
      const graph = nasnetVariables(model, mode);
      const result = matchVariables(registry.get(handle).meta.variables, graph, { preferEma });
      sessions.set(handle, { graph, result });
      return update(handle);
    },
    mapPair: unsupported,
    unmapPair: unsupported,
    lockPair: unsupported,
    undo: unsupported,
    redo: unsupported,
    answerGeneralization: unsupported,
    setPreferEma: unsupported,
    importMapping: unsupported,
    exportAssignmentMap: unsupported,
  };
}
export type { CheckpointCatalogue };

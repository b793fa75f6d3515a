import type { Transform } from '../../formats/mapping/transform';
import {
  acceptPreview,
  dismissPreview,
  mapPair,
  redo,
  setLocked,
  setPreferEma,
  undo,
  unmap,
  type MatchSession,
} from '../../matching/session';

/** Every user action on a mapping session, for a store that dispatches plain objects. */
export type SessionAction =
  | { type: 'map'; checkpoint: string; graph: string; transform?: Transform }
  | { type: 'acceptPreview' }
  | { type: 'dismissPreview' }
  | { type: 'unmap'; graph: string }
  | { type: 'lock'; graph: string; locked: boolean }
  | { type: 'preferEma'; preferEma: boolean }
  | { type: 'undo' }
  | { type: 'redo' };

/** Pure reducer; a refused `map` returns the same session (use `checkPair` to show why). */
export function reduceSession(s: MatchSession, a: SessionAction): MatchSession {
  switch (a.type) {
    case 'map':
      return mapPair(s, a.checkpoint, a.graph, a.transform).session;
    case 'acceptPreview':
      return acceptPreview(s);
    case 'dismissPreview':
      return dismissPreview(s);
    case 'unmap':
      return unmap(s, a.graph);
    case 'lock':
      return setLocked(s, a.graph, a.locked);
    case 'preferEma':
      return setPreferEma(s, a.preferEma);
    case 'undo':
      return undo(s);
    case 'redo':
      return redo(s);
  }
}

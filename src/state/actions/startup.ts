import { loadSavedWork } from '../persistence/savedWork';
import { getState, useAppStore } from '../store';
import { sameConfig } from '../../model/catalogue';
import { graphConfigOf } from '../slices/modelSlice';
import { autoMatch, detectAndMatch } from './mappingActions';
import { closeComparison } from './compareActions';
import { onCheckpointOpened, openDemo } from './openActions';

let started = false;

/** First start: wire the open → detect and match → offer-saved-work chain, then open the demo. */
export async function startApp(): Promise<void> {
  if (started) return;
  started = true;
  onCheckpointOpened((opened) => {
    // A comparison belongs to the A it was made for: a new A closes B.
    if (getState().compare && getState().compare?.aHandle !== opened.handle) void closeComparison();
    void detectAndMatch().then(async () => {
      const saved = await loadSavedWork(opened.identity);
      if (saved && getState().checkpoint?.handle === opened.handle) {
        getState().setResumeOffer({ savedAt: saved.savedAt, document: saved.document });
      }
    });
  });
  // Another model, mode or class count is another graph: match again (saved work stays under its
  // own document). Detection records the graph it matched first, so it causes no second match.
  useAppStore.subscribe((state, previous) => {
    const config = graphConfigOf(state);
    if (!state.checkpoint || sameConfig(config, graphConfigOf(previous))) return;
    if (state.matchedConfig && sameConfig(config, state.matchedConfig)) return;
    void autoMatch();
  });
  await openDemo();
}

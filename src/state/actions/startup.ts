import { loadSavedWork } from '../persistence/savedWork';
import { getState, useAppStore } from '../store';
import { autoMatch } from './mappingActions';
import { closeComparison } from './compareActions';
import { onCheckpointOpened, openDemo } from './openActions';

let started = false;

/** First start: wire the open → match → offer-saved-work chain, then open the synthetic demo. */
export async function startApp(): Promise<void> {
  if (started) return;
  started = true;
  onCheckpointOpened((opened) => {
    // A comparison belongs to the A it was made for: a new A closes B.
    if (getState().compare && getState().compare?.aHandle !== opened.handle) void closeComparison();
    void autoMatch().then(async () => {
      const saved = await loadSavedWork(opened.identity);
      if (saved && getState().checkpoint?.handle === opened.handle) {
        getState().setResumeOffer({ savedAt: saved.savedAt, document: saved.document });
      }
    });
  });
  // Another model or mode is another graph: match again (saved work stays under its own document).
  useAppStore.subscribe((state, previous) => {
    if (state.checkpoint && (state.model !== previous.model || state.mode !== previous.mode))
      void autoMatch();
  });
  await openDemo();
}

import { useCallback } from 'react';
import { openFiles } from '../../state/actions/openActions';
import { compareWithFiles } from '../../state/actions/compareActions';
import { showError } from '../../state/actions/runTask';
import { useAppStore } from '../../state/store';
import type { InputFile } from '../../workers/checkpoint/checkpointCatalogue';
import { ModelGraphPanel } from '../model-graph/ModelGraphPanel';
import { DropOverlay } from './DropOverlay';
import { ErrorBoundary } from './ErrorBoundary';
import { LeftPane } from './LeftPane';
import { PrefixDialog } from './PrefixDialog';
import { RightPane } from './RightPane';
import { StatusBar } from './StatusBar';
import { Toasts } from './Toasts';
import { TopBar } from './TopBar';
import { MappingToolbar } from '../matching/MappingToolbar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useWindowDrop } from './useWindowDrop';

/** The window: toolbar, checkpoint tree | model graph | details, status bar, dialogs and toasts. */
export function App() {
  const onFiles = useCallback(
    (files: InputFile[], compare: boolean) =>
      void (compare && useAppStore.getState().checkpoint ? compareWithFiles(files) : openFiles(files)),
    [],
  );
  const canCompare = useAppStore((s) => s.checkpoint !== null);
  const onDropError = useCallback((e: unknown) => showError(e, 'The dropped items could not be read'), []);
  const dragging = useWindowDrop(onFiles, onDropError);
  const busy = useAppStore((s) => s.tasks.length > 0);
  const saving = useAppStore((s) => s.pendingSaves > 0);
  const activity = useAppStore((s) => s.activity);
  useGlobalShortcuts();
  return (
    // The idle signal browser tests wait on: data-busy (a task running or the mapping in progress
    // not yet saved) and data-activity (counts work started, so "not started yet" is not "done").
    <div className="app" aria-busy={busy} data-busy={busy || saving} data-activity={activity}>
      <TopBar>
        <MappingToolbar />
      </TopBar>
      <main className="workspace">
        <div className="pane left-pane">
          <ErrorBoundary area="Checkpoint tree">
            <LeftPane />
          </ErrorBoundary>
        </div>
        <div className="pane centre-pane">
          <ErrorBoundary area="Model graph">
            <ModelGraphPanel />
          </ErrorBoundary>
        </div>
        <div className="pane right-pane">
          <ErrorBoundary area="Details">
            <RightPane />
          </ErrorBoundary>
        </div>
      </main>
      <StatusBar />
      <PrefixDialog />
      <Toasts />
      {dragging && <DropOverlay canCompare={canCompare} />}
    </div>
  );
}

import { SlimscopeError } from '../../base/errors';
import type { InputFile } from '../../workers/checkpoint/checkpointCatalogue';
import { loadedCheckpoint, type LoadedCheckpoint } from '../slices/checkpointSlice';
import { checkpointClient } from '../checkpointClient';
import { getState } from '../store';
import { initiallyOpenScopes } from './initialScopes';
import { runTask, showError } from './runTask';

/** Files waiting while the user picks one of several prefixes (kept out of the store: no file handles there). */
let pendingFiles: InputFile[] | null = null;

/** Opens what the user dropped or picked; with several checkpoint prefixes it asks which one. */
export async function openFiles(files: InputFile[]): Promise<void> {
  const client = checkpointClient();
  const listing = await runTask({ label: 'Scanning files' }, (o) =>
    client.call('listPrefixes', { files }, o),
  );
  if (!listing) return;
  if (listing.length === 0) {
    showError(
      new SlimscopeError({
        code: 'BAD_FORMAT',
        file: files.map((f) => f.path).join(', '),
        problem: `No checkpoint was found among the ${files.length} file(s) opened.`,
        hint: 'Open a checkpoint’s .index together with its .data-* shards, a V1 checkpoint file, or a SavedModel folder.',
      }),
    );
    return;
  }
  if (listing.length === 1) {
    await openPrefix(files, listing[0]!.prefix);
    return;
  }
  pendingFiles = files;
  getState().setPrefixChoice(listing);
}

/** The user's answer to the prefix question (null = cancel). */
export async function choosePrefix(prefix: string | null): Promise<void> {
  const files = pendingFiles;
  pendingFiles = null;
  getState().setPrefixChoice(null);
  if (prefix && files) await openPrefix(files, prefix);
}

async function openPrefix(files: InputFile[], prefix: string): Promise<void> {
  const client = checkpointClient();
  const opened = await runTask({ label: `Opening ${prefix}`, cancellable: true }, (o) =>
    client.call('open', { files, prefix }, o),
  );
  if (opened) adoptCheckpoint(loadedCheckpoint(opened));
}

/** Generates the synthetic demo checkpoint in the worker and opens it. */
export async function openDemo(): Promise<void> {
  const client = checkpointClient();
  const opened = await runTask(
    { label: 'Generating the synthetic demo checkpoint', cancellable: true },
    (o) => client.call('openDemo', {}, o),
  );
  if (opened) adoptCheckpoint(loadedCheckpoint(opened));
}

const listeners = new Set<(c: LoadedCheckpoint) => void>();

/** Lets other actions (matching, saved work) react when a checkpoint becomes the current one. */
export function onCheckpointOpened(listener: (c: LoadedCheckpoint) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function adoptCheckpoint(opened: LoadedCheckpoint): void {
  const state = getState();
  const previous = state.checkpoint;
  state.setCheckpoint(opened);
  state.clearSelection();
  state.setMapping(null);
  state.setMatchedConfig(null);
  state.setDetection(null);
  state.setDivergingCell(null);
  state.setGeneralization(null);
  state.setRefusal(null);
  state.setTreeQuery('');
  state.setTreeStatusFilter('all');
  state.setExpandedScopes(initiallyOpenScopes(opened.variables));
  if (previous)
    void checkpointClient()
      .call('close', { handle: previous.handle })
      .catch(() => undefined);
  for (const w of opened.warnings) {
    state.pushToast({
      kind: 'warning',
      title: 'Opened with a problem',
      file: w.file,
      detail: w.problem,
      hint: w.hint,
    });
  }
  for (const l of listeners) l(opened);
}

import { SlimscopeError } from '../../base/errors';
import type { InputFile, OpenedCheckpoint } from '../../workers/checkpoint/checkpointCatalogue';
import { checkpointClient } from '../checkpointClient';
import { getState } from '../store';
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
  if (opened) adoptCheckpoint(opened);
}

/** Generates the synthetic demo checkpoint in the worker and opens it. */
export async function openDemo(): Promise<void> {
  const client = checkpointClient();
  const opened = await runTask(
    { label: 'Generating the synthetic demo checkpoint', cancellable: true },
    (o) => client.call('openDemo', {}, o),
  );
  if (opened) adoptCheckpoint(opened);
}

const listeners = new Set<(c: OpenedCheckpoint) => void>();

/** Lets other actions (matching, saved work) react when a checkpoint becomes the current one. */
export function onCheckpointOpened(listener: (c: OpenedCheckpoint) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function adoptCheckpoint(opened: OpenedCheckpoint): void {
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
  state.setExpandedScopes(initiallyOpenScopes(opened));
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

/** Opens single-child scope chains from the top (e.g. `tower_0/`) so the first view shows content. */
function initiallyOpenScopes(opened: OpenedCheckpoint): string[] {
  const open: string[] = [];
  let prefix = '';
  for (let depth = 0; depth < 4; depth++) {
    const children = new Set<string>();
    let leaves = 0;
    for (const v of opened.variables) {
      if (!v.name.startsWith(prefix)) continue;
      const rest = v.name.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0) leaves++;
      else children.add(rest.slice(0, slash));
      if (children.size > 1) break;
    }
    const only = [...children][0];
    if (children.size !== 1 || leaves > 3 || only === undefined) break;
    prefix = `${prefix}${only}/`;
    open.push(prefix.slice(0, -1));
  }
  return open;
}

import { SlimscopeError } from '../../base/errors';
import type { InputFile } from '../../workers/checkpoint/checkpointCatalogue';
import { checkpointClient } from '../checkpointClient';
import { getState } from '../store';
import { runTask, showError } from './runTask';

/**
 * Opens the dropped or picked files as checkpoint B beside the open one (A) in the checkpoint
 * worker, then compares them. With several checkpoints among the files, the one a `checkpoint`
 * state file names (else the first) is used, and a notice says which.
 */
export async function compareWithFiles(files: InputFile[]): Promise<void> {
  const a = getState().checkpoint;
  if (!a) {
    showError(
      new SlimscopeError({
        code: 'NOT_FOUND',
        file: files.map((f) => f.path).join(', '),
        problem: 'There is no open checkpoint to compare with.',
        hint: 'Open checkpoint A first, then use Compare with… for B.',
      }),
    );
    return;
  }
  const client = checkpointClient();
  const listing = await runTask({ label: 'Scanning files' }, (o) =>
    client.call('listPrefixes', { files }, o),
  );
  if (!listing) return;
  const chosen = listing.find((c) => c.suggested) ?? listing[0];
  if (!chosen) {
    showError(
      new SlimscopeError({
        code: 'BAD_FORMAT',
        file: files.map((f) => f.path).join(', '),
        problem: 'No checkpoint was found among these files.',
        hint: 'Pick a checkpoint’s .index with its .data-* shards, or a weight file (.npz, .safetensors, .pth, .h5).',
      }),
    );
    return;
  }
  if (listing.length > 1)
    getState().pushToast({
      kind: 'info',
      title: `Comparing with ${chosen.prefix} (of ${listing.length} checkpoints)`,
    });
  const opened = await runTask({ label: `Opening ${chosen.prefix} as B`, cancellable: true }, (o) =>
    client.call('open', { files, prefix: chosen.prefix }, o),
  );
  if (!opened) return;
  const previous = getState().compare;
  if (previous) void client.call('close', { handle: previous.bHandle }).catch(() => undefined);
  getState().setCompare({
    aHandle: a.handle,
    bHandle: opened.handle,
    bPrefix: opened.prefix,
    bFormat: opened.format,
    bVariableCount: opened.columns.count,
  });
  await runComparison();
}

/** Compares A and B in the worker (progress, MB/s and Cancel in the status bar). */
export async function runComparison(): Promise<void> {
  const target = getState().compare;
  if (!target) return;
  getState().setRightTab('compare');
  const result = await runTask({ label: 'Comparing checkpoints', cancellable: true }, (o) =>
    checkpointClient().call('compareCheckpoints', { a: target.aHandle, b: target.bHandle }, o),
  );
  if (!result || getState().compare !== target) return;
  getState().setCompareResult(result);
}

/** Forgets B (closing it in the worker); A and its mapping are untouched. */
export async function closeComparison(): Promise<void> {
  const target = getState().compare;
  if (!target) return;
  getState().setCompare(null);
  await checkpointClient()
    .call('close', { handle: target.bHandle })
    .catch(() => undefined);
}

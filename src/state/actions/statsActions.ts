import { checkpointClient } from '../checkpointClient';
import { getState } from '../store';
import { runTask } from './runTask';

/**
 * Scans every numeric tensor of the open checkpoint in the worker (progress, MB/s and Cancel in
 * the status bar) and keeps the summary (totals, flagged tensors) in the store; the Report tab
 * shows it.
 */
export async function scanAllStatistics(): Promise<void> {
  const checkpoint = getState().checkpoint;
  if (!checkpoint) return;
  const { handle } = checkpoint;
  const result = await runTask({ label: 'Scanning statistics', cancellable: true }, (call) =>
    checkpointClient().call('scanStatistics', { handle }, call),
  );
  if (!result || getState().checkpoint?.handle !== handle) return;
  getState().setStatsScan({ ...result, handle });
  getState().setRightTab('report');
}

import type { ExportedFiles } from '../../workers/checkpoint/exportCatalogue';
import type { CallOptions } from '../../workers/rpc/workerClient';
import { checkpointClient } from '../checkpointClient';
import { getState } from '../store';
import { runTask } from './runTask';

async function exportTask(
  label: string,
  send: (handle: number, o: CallOptions) => Promise<ExportedFiles>,
): Promise<ExportedFiles | undefined> {
  const checkpoint = getState().checkpoint;
  if (!checkpoint) return undefined;
  const out = await runTask({ label, cancellable: true }, (o) => send(checkpoint.handle, o));
  if (out?.skipped.length) {
    getState().pushToast({
      kind: 'warning',
      title: `${out.skipped.length} unmapped extra(s) left out`,
      detail: out.skipped.slice(0, 5).join('\n'),
      hint: 'A graph variable already uses their name.',
    });
  }
  if (out?.notTensors?.length) {
    getState().pushToast({
      kind: 'info',
      title: `${out.notTensors.length} metadata entr${out.notTensors.length === 1 ? 'y' : 'ies'} left out`,
      detail: out.notTensors.slice(0, 5).join('\n'),
      hint: 'They are not tensors (epoch, arch, settings, unread objects); a TF checkpoint holds only tensors.',
    });
  }
  return out;
}

/** A TF V2 checkpoint under the graph's names, transforms applied; copies stay slices of the input files. */
export const exportRekeyedCheckpoint = (keepUnmapped: boolean) =>
  exportTask('Exporting the re-keyed checkpoint', (handle, o) =>
    checkpointClient().call('exportRekeyed', { handle, keepUnmapped }, o),
  );

/** Every mapped weight in one .npz keyed by graph names. */
export const exportMappedNpz = () =>
  exportTask('Exporting mapped weights (.npz)', (handle, o) =>
    checkpointClient().call('exportMappedNpz', { handle }, o),
  );

/** One tensor as .npy: a checkpoint tensor as stored, or a graph variable's mapped value. */
export const exportTensorNpy = (name: string, side: 'checkpoint' | 'graph') =>
  exportTask(`Exporting ${name} as .npy`, (handle, o) =>
    checkpointClient().call('exportTensorNpy', { handle, name, side }, o),
  );

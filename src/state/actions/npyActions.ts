import type { MappingUpdate } from '../../workers/checkpoint/mappingView';
import { checkpointClient } from '../checkpointClient';
import { getState } from '../store';
import { applyMappingUpdate } from './mappingActions';
import { showError } from './runTask';

/**
 * "Set from .npy…": the worker checks the array against the graph variable and holds the value;
 * the answer says whether it was set, refused (reason) or needs a layout choice.
 */
export async function setGraphFromNpy(
  graph: string,
  file: File,
  layout?: number,
): Promise<MappingUpdate | undefined> {
  const checkpoint = getState().checkpoint;
  if (!checkpoint) return undefined;
  try {
    const update = await checkpointClient().call('setFromNpy', {
      handle: checkpoint.handle,
      graph,
      fileName: file.name,
      file,
      ...(layout === undefined ? {} : { layout }),
    });
    if (getState().checkpoint?.handle !== checkpoint.handle) return undefined;
    applyMappingUpdate(update);
    return update;
  } catch (e) {
    showError(e);
    return undefined;
  }
}

import { toSlimscopeError, type SlimscopeError } from '../../base/errors';
import type { CallOptions } from '../../workers/rpc/workerClient';
import { getState } from '../store';

let nextTaskId = 1;
const controllers = new Map<number, AbortController>();

export interface TaskOptions {
  label: string;
  cancellable?: boolean;
  /** Shown instead of the error toast when the caller wants to handle failures itself. */
  onError?: (e: SlimscopeError) => void;
}

/**
 * Runs one worker call as a visible task (progress, MB/s, Cancel). A failure becomes an error toast
 * naming the file, the problem and what to do, and resolves to `undefined`: nothing the user had is
 * touched by a failed task.
 */
export async function runTask<T>(
  options: TaskOptions,
  work: (call: CallOptions) => Promise<T>,
): Promise<T | undefined> {
  const id = nextTaskId++;
  const controller = new AbortController();
  controllers.set(id, controller);
  const state = getState();
  state.startTask({
    id,
    label: options.label,
    progress: null,
    startedAt: Date.now(),
    cancellable: !!options.cancellable,
  });
  try {
    return await work({ signal: controller.signal, onProgress: (p) => getState().updateTask(id, p) });
  } catch (e) {
    const error = toSlimscopeError(e);
    if (error.code === 'CANCELLED')
      getState().pushToast({ kind: 'info', title: `${options.label}: cancelled` });
    else if (options.onError) options.onError(error);
    else showError(error);
    return undefined;
  } finally {
    controllers.delete(id);
    getState().endTask(id);
  }
}

export function cancelTask(id: number): void {
  controllers.get(id)?.abort();
}

export function showError(e: unknown, title?: string): void {
  const error = toSlimscopeError(e);
  getState().pushToast({
    kind: 'error',
    title: title ?? errorTitle(error),
    file: error.file || undefined,
    detail: error.problem,
    hint: error.hint,
  });
}

function errorTitle(e: SlimscopeError): string {
  switch (e.code) {
    case 'MISSING_SHARD':
    case 'MISSING_INDEX':
      return 'A checkpoint file is missing';
    case 'BAD_MAPPING':
      return 'The mapping document cannot be used';
    case 'INTERNAL':
      return 'Something went wrong';
    default:
      return 'The file cannot be read';
  }
}

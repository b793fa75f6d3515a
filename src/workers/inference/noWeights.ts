// Kept apart from the engine so the page can recognise the error without loading TF.js.
import { SlimscopeError } from '../../base/errors';

/**
 * The problem text of the error a run gets when its engine holds no weights: never loaded, released,
 * or left behind on another backend (streamed weights live on one backend only).
 */
export const NO_WEIGHTS_PROBLEM = 'No weights are loaded into the model.';

/** True for that error as it arrives over the worker protocol (code NOT_FOUND, that problem). */
export function isNoWeightsError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { code, problem } = e as { code?: unknown; problem?: unknown };
  return code === 'NOT_FOUND' && problem === NO_WEIGHTS_PROBLEM;
}

export function noWeightsError(): SlimscopeError {
  return new SlimscopeError({
    code: 'NOT_FOUND',
    file: '',
    problem: NO_WEIGHTS_PROBLEM,
    hint: 'Press "Load weights" first.',
  });
}

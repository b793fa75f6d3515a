import { SlimscopeError } from './errors';
import type { CancelSignal } from './progress';

/**
 * The error every cancelled operation ends with (code CANCELLED; the app shows "<task>: cancelled").
 * `what` names the work in the problem text: "<what> was cancelled."
 */
export function cancelledError(what = 'The operation', file = '', hint = ''): SlimscopeError {
  return new SlimscopeError({ code: 'CANCELLED', file, problem: `${what} was cancelled.`, hint });
}

/** Throws `cancelledError(what, file)` once `signal` is cancelled; no signal never cancels. */
export function assertNotCancelled(signal: CancelSignal | undefined, what?: string, file?: string): void {
  if (signal?.cancelled) throw cancelledError(what, file);
}

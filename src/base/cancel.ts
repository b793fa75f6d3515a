import { SlimscopeError } from './errors';
import type { CancelSignal } from './progress';

export function assertNotCancelled(signal: CancelSignal): void {
  if (signal.cancelled) {
    throw new SlimscopeError({
      code: 'CANCELLED',
      file: '',
      problem: 'The operation was cancelled.',
      hint: '',
    });
  }
}

import { useEffect, useState } from 'react';
import { toSlimscopeError, type SlimscopeError } from '../../base/errors';
import { tensorSummary } from '../../state/actions/tensorActions';
import type { TensorSummary } from '../../formats/stats/tensorSummary';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'ready'; summary: TensorSummary }
  | { status: 'error'; error: SlimscopeError };

/**
 * Loads a tensor's summary from the worker whenever the selected name changes; the previous
 * request is cancelled in the worker (not just ignored), so it stops reading that tensor.
 */
export function useTensorSummary(handle: number | undefined, name: string | null): SummaryState | null {
  const [state, setState] = useState<{ key: string; value: SummaryState } | null>(null);
  const key = handle !== undefined && name ? `${handle}:${name}` : '';
  useEffect(() => {
    if (handle === undefined || !name) return;
    let live = true;
    const controller = new AbortController();
    tensorSummary(handle, name, controller.signal).then(
      (summary) => live && setState({ key, value: { status: 'ready', summary } }),
      (e: unknown) => live && setState({ key, value: { status: 'error', error: toSlimscopeError(e, name) } }),
    );
    return () => {
      live = false;
      controller.abort();
    };
  }, [handle, name, key]);
  if (!key) return null;
  return state?.key === key ? state.value : { status: 'loading' };
}

import { useEffect, useState } from 'react';
import { toSlimscopeError, type SlimscopeError } from '../../base/errors';
import type { LayoutResult } from '../../workers/layout/layoutGraph';
import { requestLayout } from '../../state/layoutClient';
import { toLayoutRequest, type GraphView } from './graphView';

export interface GraphLayoutState {
  layout: LayoutResult | null;
  /** The view the layout belongs to (it lags `view` while a new layout is computed). */
  laidOut: GraphView | null;
  pending: boolean;
  error: SlimscopeError | null;
}

/** Lays the view out in the layout worker; the previous drawing stays until the new one lands. */
export function useGraphLayout(view: GraphView): GraphLayoutState {
  const [state, setState] = useState<GraphLayoutState>({
    layout: null,
    laidOut: null,
    pending: true,
    error: null,
  });
  useEffect(() => {
    const abort = new AbortController();
    setState((s) => ({ ...s, pending: true }));
    requestLayout(toLayoutRequest(view), abort.signal).then(
      (layout) => {
        if (!abort.signal.aborted) setState({ layout, laidOut: view, pending: false, error: null });
      },
      (e: unknown) => {
        if (!abort.signal.aborted) setState((s) => ({ ...s, pending: false, error: toSlimscopeError(e) }));
      },
    );
    return () => abort.abort();
  }, [view]);
  return state;
}

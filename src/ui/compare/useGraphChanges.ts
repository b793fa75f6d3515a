import { useCallback } from 'react';
import type { DiffRow } from '../../matching/compare/diffTypes';
import { changeScore, useCompareView } from '../../state/selectors/compareView';
import { useAppStore } from '../../state/store';

/** A graph node's largest change: its score and the pair that has it. */
export interface NodeChange {
  score: number;
  row: DiffRow;
}

/**
 * For a graph node's variables, the largest change in the comparison with B. A graph variable is
 * found in A through the mapping (its paired checkpoint tensor) or, unmapped, under its own name.
 * Null when there is no comparison (or none of the node's variables was compared).
 */
export function useGraphChanges(): ((variables: readonly string[]) => NodeChange | null) | null {
  const view = useCompareView();
  const pairByGraph = useAppStore((s) => s.pairByGraph);
  const nodeChange = useCallback(
    (variables: readonly string[]): NodeChange | null => {
      if (!view) return null;
      let best: NodeChange | null = null;
      for (const g of variables) {
        const row = view.rowOfA.get(pairByGraph.get(g)?.checkpoint ?? g);
        if (!row) continue;
        const score = changeScore(row);
        if (score >= 0 && (!best || score > best.score)) best = { score, row };
      }
      return best;
    },
    [view, pairByGraph],
  );
  return view ? nodeChange : null;
}

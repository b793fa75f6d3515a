import { useMemo } from 'react';
import type { DiffResult, DiffRow } from '../../matching/compare/diffTypes';
import { useAppStore } from '../store';

/** How much a compared pair changed, one number for colours and sorting (−1 = nothing to show). */
export function changeScore(r: DiffRow): number {
  if (r.status === 'same') return 0;
  if (r.status === 'changed' || r.status === 'dtype') return r.relL2 ?? 1;
  if (r.status === 'shape') return r.relation === 'transpose' ? 0 : 1;
  return -1;
}

export interface CompareView {
  result: DiffResult;
  /** The row of each A tensor name. */
  rowOfA: ReadonlyMap<string, DiffRow>;
}

/** The finished comparison of the open checkpoint (null when none, or when it was made for another A). */
export function useCompareView(): CompareView | null {
  const result = useAppStore((s) => s.compareResult);
  const compare = useAppStore((s) => s.compare);
  const handle = useAppStore((s) => s.checkpoint?.handle);
  return useMemo(() => {
    if (!result || !compare || compare.aHandle !== handle) return null;
    const rowOfA = new Map<string, DiffRow>();
    for (const r of result.rows) if (r.a !== null) rowOfA.set(r.a, r);
    return { result, rowOfA };
  }, [result, compare, handle]);
}

import { useMemo } from 'react';
import { useAppStore } from '../store';
import type { StatusSource } from './matchStatus';

/** The lookups `matchStatusOf` needs, stable while the mapping does not change. */
export function useStatusSource(): StatusSource | null {
  const matched = useAppStore((s) => s.pairByCheckpoint);
  const mismatched = useAppStore((s) => s.mismatchByCheckpoint);
  const ambiguous = useAppStore((s) => s.ambiguousNames);
  const hasMapping = useAppStore((s) => s.mapping !== null);
  return useMemo(
    () => (hasMapping ? { matched, mismatched, ambiguous } : null),
    [hasMapping, matched, mismatched, ambiguous],
  );
}

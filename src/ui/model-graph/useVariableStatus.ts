import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import type { VariableStatus } from './completeness';

/** Status of each graph variable in the current mapping, or null when no checkpoint is open. */
export function useVariableStatus(): ((name: string) => VariableStatus | undefined) | null {
  const checkpoint = useAppStore((s) => s.checkpoint);
  const mapping = useAppStore((s) => s.mapping);
  const pairByGraph = useAppStore((s) => s.pairByGraph);
  return useMemo(() => {
    if (!checkpoint) return null;
    const mismatched = new Set(mapping?.mismatches.map((m) => m.graph));
    return (name: string) =>
      pairByGraph.has(name) ? 'mapped' : mismatched.has(name) ? 'mismatch' : 'missing';
  }, [checkpoint, mapping, pairByGraph]);
}

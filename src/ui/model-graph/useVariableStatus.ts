import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import type { VariableStatus } from './completeness';

/**
 * Status of each graph variable against the open checkpoint, or null when none is open.
 * Until a mapping exists, a checkpoint key equal to the graph name counts as mapped.
 */
export function useVariableStatus(): ((name: string) => VariableStatus | undefined) | null {
  const checkpoint = useAppStore((s) => s.checkpoint);
  return useMemo(() => {
    if (!checkpoint) return null;
    const shapes = new Map(checkpoint.variables.map((v) => [v.name, v.shape.join(',')]));
    return (name: string, shape?: number[]) => {
      const s = shapes.get(name);
      if (s === undefined) return 'missing';
      return shape && s !== shape.join(',') ? 'mismatch' : 'mapped';
    };
  }, [checkpoint]);
}

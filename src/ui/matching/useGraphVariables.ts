import { useMemo } from 'react';
import { graphOf } from '../../model/catalogue';
import type { GraphVariable } from '../../model/graphVariable';
import type { GraphDescription } from '../../model/nasnet/graph';
import { useAppStore } from '../../state/store';

/** The graph the user picked (model, mode, class count). */
export function useGraphDescription(): GraphDescription {
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  const numClasses = useAppStore((s) => s.numClasses);
  return useMemo(() => graphOf({ model, mode, numClasses }), [model, mode, numClasses]);
}

/** The variables of the graph the user picked, in TF-Slim creation order. */
export function useGraphVariables(): GraphVariable[] {
  return useGraphDescription().variables;
}

export function useGraphVariableMap(): ReadonlyMap<string, GraphVariable> {
  const variables = useGraphVariables();
  return useMemo(() => new Map(variables.map((v) => [v.name, v])), [variables]);
}

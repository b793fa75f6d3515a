import { useMemo } from 'react';
import type { GraphVariable } from '../../model/graphVariable';
import { modelVariables } from '../../model/catalogue';
import { useAppStore } from '../../state/store';

/** The variables of the model graph the user picked (model and mode), in TF-Slim creation order. */
export function useGraphVariables(): GraphVariable[] {
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  return useMemo(() => modelVariables(model, mode), [model, mode]);
}

export function useGraphVariableMap(): ReadonlyMap<string, GraphVariable> {
  const variables = useGraphVariables();
  return useMemo(() => new Map(variables.map((v) => [v.name, v])), [variables]);
}

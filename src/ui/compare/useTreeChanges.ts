import { useMemo } from 'react';
import { changeScore, useCompareView } from '../../state/selectors/compareView';
import type { DiffRow } from '../../matching/compare/diffTypes';
import type { ScopeTree } from '../scope-tree/scopeTree';

/** Per variable and per scope (largest below it), how much it changed; null without a comparison. */
export interface TreeChanges {
  variable: Float64Array;
  scope: Float64Array;
  rowOf(variable: number): DiffRow | undefined;
}

export function useTreeChanges(tree: ScopeTree): TreeChanges | null {
  const view = useCompareView();
  return useMemo(() => {
    if (!view) return null;
    const rows = Array.from({ length: tree.variables.length }, (_, i) =>
      view.rowOfA.get(tree.variables.name(i)),
    );
    const variable = Float64Array.from(rows, (r) => (r ? changeScore(r) : -1));
    const { scopes } = tree;
    const scope = new Float64Array(scopes.length).fill(-1);
    for (let v = 0; v < variable.length; v++) {
      const score = variable[v]!;
      for (let s = scopes.scopeOf(v); s >= 0; s = scopes.parent(s)) {
        if (scope[s]! >= score) break;
        scope[s] = score;
      }
    }
    return { variable, scope, rowOf: (i: number) => rows[i] };
  }, [tree, view]);
}

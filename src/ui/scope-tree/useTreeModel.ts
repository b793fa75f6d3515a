import { useEffect, useMemo } from 'react';
import type { VariableTable } from '../../state/variableTable';
import type { MatchStatus } from '../../state/slices/treeSlice';
import { useAppStore } from '../../state/store';
import { scopeTreeOf, type ScopeTree } from './scopeTree';
import { filterVariables, type FilterResult } from './treeFilter';
import { visibleRows, type RowOrder, type TreeRow } from './treeRows';
import { useTreeChanges, type TreeChanges } from '../compare/useTreeChanges';

export interface TreeModel {
  tree: ScopeTree;
  filter: FilterResult;
  rows: TreeRow[];
  filtering: boolean;
  /** How much each variable / scope changed in the comparison with B, when there is one. */
  changes: TreeChanges | null;
}

/** The tree of the open checkpoint, filtered and flattened into rows; recomputed only when inputs change. */
export function useTreeModel(variables: VariableTable, statusOf: (i: number) => MatchStatus): TreeModel {
  const query = useAppStore((s) => s.treeQuery);
  const regex = useAppStore((s) => s.treeRegex);
  const status = useAppStore((s) => s.treeStatusFilter);
  const expanded = useAppStore((s) => s.expandedScopes);
  const tree = useMemo(() => scopeTreeOf(variables), [variables]);
  useSortInIdleSlices(tree);
  const filter = useMemo(
    () => filterVariables(tree, { query, regex, status }, statusOf),
    [tree, query, regex, status, statusOf],
  );
  const changes = useTreeChanges(tree);
  const sortByChange = useAppStore((s) => s.treeSortByChange);
  const order = useMemo<RowOrder | undefined>(
    () =>
      changes && sortByChange
        ? { scope: (i) => changes.scope[i] ?? -1, variable: (i) => changes.variable[i] ?? -1 }
        : undefined,
    [changes, sortByChange],
  );
  const rows = useMemo(
    () => visibleRows(tree, expanded, filter.matches, order),
    [tree, expanded, filter.matches, order],
  );
  return { tree, filter, rows, filtering: filter.matches !== null, changes };
}

/**
 * After the first paint, puts every scope in order in short slices and builds the search text, so
 * no later keystroke pays for them.
 */
function useSortInIdleSlices(tree: ScopeTree) {
  useEffect(() => {
    const cursor = { next: 0 };
    let timer = 0;
    const step = () => {
      if (!tree.scopes.sortWithin(8, cursor)) timer = window.setTimeout(step, 0);
      // Then the search text, so the first keystroke does not build it.
      else timer = window.setTimeout(() => tree.variables.searchText(), 0);
    };
    timer = window.setTimeout(step, 50);
    return () => window.clearTimeout(timer);
  }, [tree]);
}

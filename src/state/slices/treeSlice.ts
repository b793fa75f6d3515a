import type { SliceCreator } from '../sliceTypes';

/** Match status a checkpoint variable shows in the tree (and can be filtered by). */
export type MatchStatus = 'matched' | 'unmatched' | 'mismatch' | 'ambiguous' | 'excluded';
export type StatusFilter = 'all' | MatchStatus;

/** View state of the checkpoint scope tree, kept in the store so other panels can reveal a row. */
export interface TreeSlice {
  treeQuery: string;
  treeRegex: boolean;
  treeStatusFilter: StatusFilter;
  /** Scope paths (e.g. `tower_0/cell_3`) that are expanded. */
  expandedScopes: ReadonlySet<string>;
  setTreeQuery(query: string): void;
  setTreeRegex(regex: boolean): void;
  setTreeStatusFilter(filter: StatusFilter): void;
  setScopeExpanded(path: string, expanded: boolean): void;
  setExpandedScopes(paths: Iterable<string>): void;
}

export const createTreeSlice: SliceCreator<TreeSlice> = (set) => ({
  treeQuery: '',
  treeRegex: false,
  treeStatusFilter: 'all',
  expandedScopes: new Set(),
  setTreeQuery: (treeQuery) => set({ treeQuery }),
  setTreeRegex: (treeRegex) => set({ treeRegex }),
  setTreeStatusFilter: (treeStatusFilter) => set({ treeStatusFilter }),
  setScopeExpanded: (path, expanded) =>
    set((s) => {
      const next = new Set(s.expandedScopes);
      if (expanded) next.add(path);
      else next.delete(path);
      return { expandedScopes: next };
    }),
  setExpandedScopes: (paths) => set({ expandedScopes: new Set(paths) }),
});

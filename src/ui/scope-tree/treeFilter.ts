import type { MatchStatus, StatusFilter } from '../../state/slices/treeSlice';
import type { ScopeTree } from './scopeTree';

export interface TreeFilter {
  query: string;
  regex: boolean;
  status: StatusFilter;
}

export type FilterResult = { matches: Uint8Array | null; count: number; error: string | null };

/**
 * Marks the variables that pass the search (substring, case-insensitive, or a regular expression)
 * and the status filter. `null` matches means "no filter": the tree shows its normal state.
 */
export function filterVariables(
  tree: ScopeTree,
  filter: TreeFilter,
  statusOf: (variable: number) => MatchStatus,
): FilterResult {
  const query = filter.query.trim();
  if (!query && filter.status === 'all') return { matches: null, count: tree.searchText.length, error: null };
  let test: (text: string) => boolean = () => true;
  if (query && filter.regex) {
    try {
      const re = new RegExp(query, 'i');
      test = (text) => re.test(text);
    } catch (e) {
      return { matches: new Uint8Array(tree.searchText.length), count: 0, error: (e as Error).message };
    }
  } else if (query) {
    const needle = query.toLowerCase();
    test = (text) => text.includes(needle);
  }
  const matches = new Uint8Array(tree.searchText.length);
  let count = 0;
  for (let i = 0; i < matches.length; i++) {
    if (filter.status !== 'all' && statusOf(i) !== filter.status) continue;
    if (!test(tree.searchText[i] ?? '')) continue;
    matches[i] = 1;
    count++;
  }
  return { matches, count, error: null };
}

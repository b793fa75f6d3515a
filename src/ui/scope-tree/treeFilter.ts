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
  const total = tree.variables.length;
  const query = filter.query.trim();
  if (!query && filter.status === 'all') return { matches: null, count: total, error: null };
  const passes = (i: number) => filter.status === 'all' || statusOf(i) === filter.status;
  const matches = new Uint8Array(total);
  let count = 0;
  const mark = (i: number) => {
    if (!matches[i] && passes(i)) {
      matches[i] = 1;
      count++;
    }
  };
  if (!query) {
    for (let i = 0; i < total; i++) mark(i);
  } else if (filter.regex) {
    let re: RegExp;
    try {
      re = new RegExp(query, 'i');
    } catch (e) {
      return { matches, count: 0, error: (e as Error).message };
    }
    const { text, starts } = tree.variables.searchText();
    for (let i = 0; i < total; i++) if (re.test(text.slice(starts[i], starts[i + 1]))) mark(i);
  } else {
    markSubstringHits(tree, query.toLowerCase(), mark);
  }
  return { matches, count, error: null };
}

/** Finds `needle` in the one joined search string: a hit inside variable i's text marks i. */
function markSubstringHits(tree: ScopeTree, needle: string, mark: (i: number) => void): void {
  const { text, starts } = tree.variables.searchText();
  const total = tree.variables.length;
  // Hits come in increasing positions, so the variable holding one is found by walking forward.
  let i = 0;
  let p = text.indexOf(needle);
  while (p >= 0) {
    while (i + 1 < total && starts[i + 1]! <= p) i++;
    const end = starts[i + 1]!;
    if (p + needle.length <= end) {
      mark(i);
      p = end < text.length ? text.indexOf(needle, end) : -1;
    } else {
      p = text.indexOf(needle, p + 1);
    }
  }
}

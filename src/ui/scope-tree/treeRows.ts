import type { ScopeTree } from './scopeTree';

/** A visible row of the flattened tree. */
export type TreeRow =
  | { kind: 'scope'; scope: number; depth: number; expanded: boolean; matchCount: number }
  | { kind: 'variable'; variable: number; depth: number };

/** Sort keys, largest first (e.g. how much a scope or variable changed in a comparison). */
export interface RowOrder {
  scope(index: number): number;
  variable(index: number): number;
}

/**
 * The rows to render (name order, or `order`'s keys largest first; sorts are stable): without a filter, scopes as expanded by the user; with a filter, every
 * matching variable with its ancestors opened (scopes without a match are hidden).
 */
export function visibleRows(
  tree: ScopeTree,
  expanded: ReadonlySet<string>,
  matches: Uint8Array | null,
  order?: RowOrder,
): TreeRow[] {
  const { scopes } = tree;
  const rows: TreeRow[] = [];
  const counts = matches ? matchCountsPerScope(tree, matches) : null;
  // While filtering every scope with a hit is open unless the user explicitly closed it: with no
  // such key no scope needs its path made.
  const closedWhileFiltering = counts !== null && [...expanded].some((key) => key.startsWith('!'));
  const visit = (scope: number) => {
    const children = order
      ? [...scopes.children(scope)].sort((x, y) => order.scope(y) - order.scope(x))
      : scopes.children(scope);
    const variables = order
      ? [...scopes.variables(scope)].sort((x, y) => order.variable(y) - order.variable(x))
      : scopes.variables(scope);
    for (const child of children) {
      const matchCount = counts ? counts[child]! : scopes.variableCount(child);
      if (counts && matchCount === 0) continue;
      const open = counts
        ? !(closedWhileFiltering && expanded.has(`!${scopes.path(child)}`))
        : expanded.has(scopes.path(child));
      rows.push({ kind: 'scope', scope: child, depth: scopes.depth(child) - 1, expanded: open, matchCount });
      if (open) visit(child);
    }
    const depth = scopes.depth(scope);
    for (const v of variables) {
      if (matches && !matches[v]) continue;
      rows.push({ kind: 'variable', variable: v, depth });
    }
  };
  if (scopes.length > 0) visit(0);
  return rows;
}

function matchCountsPerScope({ scopes }: ScopeTree, matches: Uint8Array): Int32Array {
  const counts = new Int32Array(scopes.length);
  for (let v = 0; v < matches.length; v++) {
    if (!matches[v]) continue;
    for (let s = scopes.scopeOf(v); s >= 0; s = scopes.parent(s)) counts[s]!++;
  }
  return counts;
}

/** The key under which a scope's open/closed state is remembered (filtered views invert it). */
export const expansionKey = (path: string, filtering: boolean): string => (filtering ? `!${path}` : path);

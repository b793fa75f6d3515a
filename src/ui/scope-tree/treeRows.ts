import { sortedScope, type ScopeTree } from './scopeTree';

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
  const rows: TreeRow[] = [];
  const counts = matches ? matchCountsPerScope(tree, matches) : null;
  const visit = (scopeIndex: number) => {
    const scope = sortedScope(tree, scopeIndex);
    if (!scope) return;
    const children = order
      ? [...scope.children].sort((x, y) => order.scope(y) - order.scope(x))
      : scope.children;
    const variables = order
      ? [...scope.variables].sort((x, y) => order.variable(y) - order.variable(x))
      : scope.variables;
    for (const child of children) {
      const node = tree.scopes[child];
      if (!node) continue;
      const matchCount = counts ? (counts[child] ?? 0) : node.variableCount;
      if (counts && matchCount === 0) continue;
      // While filtering every scope with a hit is open unless the user explicitly closed it.
      const open = counts ? !expanded.has(`!${node.path}`) : expanded.has(node.path);
      rows.push({ kind: 'scope', scope: child, depth: node.depth - 1, expanded: open, matchCount });
      if (open) visit(child);
    }
    for (const v of variables) {
      if (matches && !matches[v]) continue;
      rows.push({ kind: 'variable', variable: v, depth: scope.depth });
    }
  };
  visit(0);
  return rows;
}

function matchCountsPerScope(tree: ScopeTree, matches: Uint8Array): Int32Array {
  const counts = new Int32Array(tree.scopes.length);
  for (let v = 0; v < matches.length; v++) {
    if (!matches[v]) continue;
    for (let s = tree.scopeOfVariable[v] ?? -1; s >= 0; s = tree.scopes[s]?.parent ?? -1) counts[s]!++;
  }
  return counts;
}

/** The key under which a scope's open/closed state is remembered (filtered views invert it). */
export const expansionKey = (path: string, filtering: boolean): string => (filtering ? `!${path}` : path);

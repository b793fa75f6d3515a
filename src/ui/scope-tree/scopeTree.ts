import type { CheckpointVariable } from '../../formats/checkpoint';

/** One scope (a `/`-separated name prefix) with totals over everything below it. */
export interface ScopeNode {
  /** Full path without trailing slash; '' for the root. */
  path: string;
  /** Last path segment, shown in the tree. */
  label: string;
  depth: number;
  parent: number;
  /** Child scopes (indices into `scopes`), in natural name order. */
  children: number[];
  /** Variables directly in this scope (indices into the variable list), in natural name order. */
  variables: number[];
  variableCount: number;
  paramCount: number;
  bytes: number;
  /** Whether `children` and `variables` are in natural name order yet (sorted on first use). */
  sorted: boolean;
}

export interface ScopeTree {
  scopes: ScopeNode[];
  /** For each variable, the scope index it sits in directly. */
  scopeOfVariable: Int32Array;
  /** For each variable, its lower-cased name (and full name) for fast substring search. */
  searchText: string[];
  /** The variable list the tree was built from (for sorting scopes on demand). */
  variables: readonly CheckpointVariable[];
}

const collator = new Intl.Collator('en', { numeric: true });

export const elementCount = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/**
 * Builds the scope tree of a variable list in one pass. Scopes are put in natural name order on
 * demand (`sortedScope`), so the first rows paint without sorting 100,000 names first.
 */
export function buildScopeTree(variables: readonly CheckpointVariable[]): ScopeTree {
  const scopes: ScopeNode[] = [newScope('', '', 0, -1)];
  const byPath = new Map<string, number>([['', 0]]);
  const scopeOfVariable = new Int32Array(variables.length);
  const searchText: string[] = new Array<string>(variables.length);
  // Checkpoint keys come sorted, so neighbours usually share a scope: remember the last one.
  let lastPrefix = '';
  let lastScope = 0;
  variables.forEach((v, i) => {
    const cut = Math.max(0, v.name.lastIndexOf('/'));
    if (cut !== lastPrefix.length || !v.name.startsWith(lastPrefix)) {
      lastPrefix = v.name.slice(0, cut);
      lastScope = scopeOfPath(scopes, byPath, lastPrefix);
    }
    const node = scopes[lastScope]!;
    node.variables.push(i);
    scopeOfVariable[i] = lastScope;
    searchText[i] = (v.fullName && v.fullName !== v.name ? `${v.name}\n${v.fullName}` : v.name).toLowerCase();
    node.variableCount++;
    node.paramCount += elementCount(v.shape);
    node.bytes += v.bytes;
  });
  // A scope is always created after its parent, so one backwards pass sums totals upwards.
  for (let s = scopes.length - 1; s > 0; s--) {
    const node = scopes[s]!;
    const parent = scopes[node.parent]!;
    parent.variableCount += node.variableCount;
    parent.paramCount += node.paramCount;
    parent.bytes += node.bytes;
  }
  return { scopes, scopeOfVariable, searchText, variables };
}

/** The index of the scope `path` ('' is the root), creating it and its missing ancestors. */
function scopeOfPath(scopes: ScopeNode[], byPath: Map<string, number>, path: string): number {
  const found = byPath.get(path);
  if (found !== undefined) return found;
  const cut = path.lastIndexOf('/');
  const parent = scopeOfPath(scopes, byPath, cut < 0 ? '' : path.slice(0, cut));
  const index = scopes.length;
  const depth = (scopes[parent]?.depth ?? 0) + 1;
  scopes.push(newScope(path, path.slice(cut + 1), depth, parent));
  scopes[parent]?.children.push(index);
  byPath.set(path, index);
  return index;
}

/** The scope at `index` with its children and variables in natural name order (sorted once). */
export function sortedScope(tree: ScopeTree, index: number): ScopeNode | undefined {
  const node = tree.scopes[index];
  if (!node || node.sorted) return node;
  const { scopes, variables } = tree;
  node.children.sort((a, b) => collator.compare(scopes[a]?.label ?? '', scopes[b]?.label ?? ''));
  node.variables.sort((a, b) => collator.compare(variables[a]?.name ?? '', variables[b]?.name ?? ''));
  node.sorted = true;
  return node;
}

/**
 * Sorts not-yet-sorted scopes until `budgetMs` has passed; returns true when all are sorted. Run in
 * idle slices after the first paint so a later filter that opens every scope finds them sorted.
 */
export function sortScopesFor(tree: ScopeTree, budgetMs: number, from = { next: 0 }): boolean {
  const end = performance.now() + budgetMs;
  while (from.next < tree.scopes.length) {
    sortedScope(tree, from.next++);
    if ((from.next & 63) === 0 && performance.now() > end) return from.next >= tree.scopes.length;
  }
  return true;
}

function newScope(path: string, label: string, depth: number, parent: number): ScopeNode {
  return {
    path,
    label,
    depth,
    parent,
    children: [],
    variables: [],
    variableCount: 0,
    paramCount: 0,
    bytes: 0,
    sorted: false,
  };
}

/** The last segment of a variable name, as the tree row shows it. */
export const leafName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);

import type { CheckpointFormat } from '../../formats/checkpoint';
import type { VariableTable } from '../../state/variableTable';

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
  /** The variable list the tree was built from (names, search text, sorting scopes on demand). */
  variables: VariableTable;
  /** Whether `.` separates scopes too (PyTorch keys such as `cell_0.conv_1x1.bn.weight`). */
  splitDots: boolean;
}

/** PyTorch keys nest on `.` (module paths) as TF names nest on `/`. */
export const splitsDots = (format: CheckpointFormat | undefined): boolean =>
  format === 'pytorch-zip' || format === 'pytorch-legacy';

/** Index of the last scope separator in `name`, or -1. */
const lastSeparator = (name: string, splitDots: boolean): number =>
  splitDots ? Math.max(name.lastIndexOf('/'), name.lastIndexOf('.')) : name.lastIndexOf('/');

/** The scope paths above a variable name, outermost first. */
export function ancestorPaths(name: string, splitDots: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '/' || (splitDots && c === '.')) out.push(name.slice(0, i));
  }
  return out;
}

const collator = new Intl.Collator('en', { numeric: true });

export const elementCount = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/**
 * Builds the scope tree of a variable list in one pass. Scopes are put in natural name order on
 * demand (`sortedScope`), so the first rows paint without sorting 100,000 names first.
 */
export function buildScopeTree(variables: VariableTable, splitDots = false): ScopeTree {
  const scopes: ScopeNode[] = [newScope('', '', 0, -1)];
  const byPath = new Map<string, number>([['', 0]]);
  const scopeOfVariable = new Int32Array(variables.length);
  // Read straight from the joined names: no string per variable, only one per new scope.
  const { text, starts } = variables.nameText();
  const dot = splitDots ? 46 : 47;
  // Checkpoint keys come sorted, so neighbours usually share a scope: remember the last one.
  let lastStart = 0;
  let lastCut = 0;
  let lastScope = 0;
  for (let i = 0; i < variables.length; i++) {
    const start = starts[i]!;
    let c = starts[i + 1]! - 1;
    while (c >= start) {
      const ch = text.charCodeAt(c);
      if (ch === 47 || ch === dot) break;
      c--;
    }
    const cut = c < start ? 0 : c - start;
    if (cut !== lastCut || !samePrefix(text, start, lastStart, cut)) {
      lastScope = scopeOfPath(scopes, byPath, text.slice(start, start + cut), splitDots);
      lastStart = start;
      lastCut = cut;
    }
    const node = scopes[lastScope]!;
    node.variables.push(i);
    scopeOfVariable[i] = lastScope;
    node.variableCount++;
    node.paramCount += variables.elements(i);
    node.bytes += variables.bytes(i);
  }
  // A scope is always created after its parent, so one backwards pass sums totals upwards.
  for (let s = scopes.length - 1; s > 0; s--) {
    const node = scopes[s]!;
    const parent = scopes[node.parent]!;
    parent.variableCount += node.variableCount;
    parent.paramCount += node.paramCount;
    parent.bytes += node.bytes;
  }
  return { scopes, scopeOfVariable, variables, splitDots };
}

/** Whether `length` characters of `text` agree from `a` and from `b` (compared from the end). */
function samePrefix(text: string, a: number, b: number, length: number): boolean {
  for (let k = length - 1; k >= 0; k--) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** The index of the scope `path` ('' is the root), creating it and its missing ancestors. */
function scopeOfPath(
  scopes: ScopeNode[],
  byPath: Map<string, number>,
  path: string,
  splitDots: boolean,
): number {
  const found = byPath.get(path);
  if (found !== undefined) return found;
  const cut = lastSeparator(path, splitDots);
  const parent = scopeOfPath(scopes, byPath, cut < 0 ? '' : path.slice(0, cut), splitDots);
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
  node.variables.sort((a, b) => collator.compare(variables.name(a), variables.name(b)));
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
export const leafName = (name: string, splitDots = false): string =>
  name.slice(lastSeparator(name, splitDots) + 1);

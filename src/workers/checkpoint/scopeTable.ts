import type { ScopeColumns } from './scopeColumns';

/** One scope as a row shows it (made only for rendered rows). */
export interface ScopeSummary {
  path: string;
  label: string;
  depth: number;
  variableCount: number;
  paramCount: number;
  bytes: number;
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * A read-only view of the scope tree over its columns, with the names it points into. Children
 * and variables are put in natural name order (`cell_2` before `cell_10`) per scope on first use,
 * so the first rows paint without sorting 100,000 names.
 */
export class ScopeTable {
  readonly length: number;
  readonly splitDots: boolean;
  private readonly sorted: Uint8Array;

  constructor(
    private readonly c: ScopeColumns,
    private readonly names: { text: string; starts: ArrayLike<number> },
  ) {
    this.length = c.count;
    this.splitDots = c.splitDots;
    this.sorted = new Uint8Array(c.count);
  }

  /** Full path without trailing separator; '' for the root. */
  path(s: number): string {
    const start = this.names.starts[this.c.pathVariables[s]!]!;
    return this.names.text.slice(start, start + this.c.pathLengths[s]!);
  }
  /** Last path segment, shown in the tree. */
  label(s: number): string {
    const start = this.names.starts[this.c.pathVariables[s]!]!;
    return this.names.text.slice(start + this.c.labelStarts[s]!, start + this.c.pathLengths[s]!);
  }
  /** -1 for the root. */
  parent(s: number): number {
    return this.c.parents[s] ?? -1;
  }
  depth(s: number): number {
    return this.c.depths[s]!;
  }
  variableCount(s: number): number {
    return this.c.variableCounts[s]!;
  }
  paramCount(s: number): number {
    return this.c.paramCounts[s]!;
  }
  bytes(s: number): number {
    return this.c.bytes[s]!;
  }
  /** The scope variable `v` sits in directly. */
  scopeOf(v: number): number {
    return this.c.scopeOfVariable[v] ?? -1;
  }
  childCount(s: number): number {
    return this.c.childStarts[s + 1]! - this.c.childStarts[s]!;
  }
  directVariableCount(s: number): number {
    return this.c.variableStarts[s + 1]! - this.c.variableStarts[s]!;
  }

  /** Child scopes in natural name order. */
  children(s: number): Int32Array {
    this.sort(s);
    return this.c.childList.subarray(this.c.childStarts[s], this.c.childStarts[s + 1]);
  }
  /** Variables directly in the scope, in natural name order. */
  variables(s: number): Int32Array {
    this.sort(s);
    return this.c.variableList.subarray(this.c.variableStarts[s], this.c.variableStarts[s + 1]);
  }

  summary(s: number): ScopeSummary {
    return {
      path: this.path(s),
      label: this.label(s),
      depth: this.depth(s),
      variableCount: this.variableCount(s),
      paramCount: this.paramCount(s),
      bytes: this.bytes(s),
    };
  }

  /** The index of the scope at `path`, or -1 (a scan: for tests and rare lookups). */
  find(path: string): number {
    if (path === '') return 0;
    for (let s = 1; s < this.length; s++) {
      if (this.c.pathLengths[s] === path.length && this.path(s) === path) return s;
    }
    return -1;
  }

  /**
   * Sorts not-yet-sorted scopes until `budgetMs` has passed; returns true when all are. Run in
   * idle slices after the first paint so a later filter that opens every scope finds them sorted.
   */
  sortWithin(budgetMs: number, cursor = { next: 0 }): boolean {
    const end = performance.now() + budgetMs;
    while (cursor.next < this.length) {
      this.sort(cursor.next++);
      if ((cursor.next & 63) === 0 && performance.now() > end) return cursor.next >= this.length;
    }
    return true;
  }

  /** Whether scope s is in natural order yet. */
  isSorted(s: number): boolean {
    return this.sorted[s] === 1;
  }

  private sort(s: number): void {
    if (this.sorted[s] || s < 0 || s >= this.length) return;
    this.sorted[s] = 1;
    const { c } = this;
    sortBy(c.childList.subarray(c.childStarts[s], c.childStarts[s + 1]), (k) => this.label(k));
    const { text, starts } = this.names;
    sortBy(c.variableList.subarray(c.variableStarts[s], c.variableStarts[s + 1]), (v) =>
      text.slice(starts[v], starts[v + 1]),
    );
  }
}

/** Sorts `items` in place by their keys in natural order (stable). */
function sortBy(items: Int32Array, key: (item: number) => string): void {
  if (items.length < 2) return;
  const keys = new Map<number, string>();
  for (const item of items) keys.set(item, key(item));
  items.sort((a, b) => collator.compare(keys.get(a)!, keys.get(b)!));
}

import type { ScopeTable, VariableTable } from '../../state/variableTable';

/**
 * The scope tree of the open checkpoint: its scopes (built in the worker with the listing, read
 * through `ScopeTable`) over its variables.
 */
export interface ScopeTree {
  scopes: ScopeTable;
  /** The variable list the tree was built from (names, search text). */
  variables: VariableTable;
  /** Whether `.` separates scopes too (PyTorch keys such as `cell_0.conv_1x1.bn.weight`). */
  splitDots: boolean;
}

export const scopeTreeOf = (variables: VariableTable): ScopeTree => ({
  scopes: variables.scopes,
  variables,
  splitDots: variables.scopes.splitDots,
});

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

export const elementCount = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** The last segment of a variable name, as the tree row shows it. */
export const leafName = (name: string, splitDots = false): string =>
  name.slice(lastSeparator(name, splitDots) + 1);

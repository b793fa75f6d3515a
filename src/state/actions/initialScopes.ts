import type { VariableTable } from '../variableTable';

/** Opens single-child scope chains from the top (e.g. `tower_0/`) so the first view shows content. */
export function initiallyOpenScopes(variables: VariableTable): string[] {
  const { scopes } = variables;
  // PyTorch keys nest on dots too, but the chain opened is the one of `/` scopes.
  if (scopes.splitDots) return slashScopeChain(variables);
  // Walked down the scope tree the worker built: nothing per variable runs before the first paint.
  const open: string[] = [];
  let scope = 0;
  for (let depth = 0; depth < 4 && scopes.length > 0; depth++) {
    if (scopes.childCount(scope) !== 1 || scopes.directVariableCount(scope) > 3) break;
    scope = scopes.children(scope)[0]!;
    open.push(scopes.path(scope));
  }
  return open;
}

/** The single-child chain of `/` scopes, read in the joined names without a string per variable. */
export function slashScopeChain(variables: VariableTable): string[] {
  const { text, starts } = variables.nameText();
  const count = variables.length;
  const open: string[] = [];
  let prefix = '';
  for (let depth = 0; depth < 4; depth++) {
    let only: string | null = null;
    let several = false;
    let leaves = 0;
    for (let i = 0; i < count && !several; i++) {
      const start = starts[i]!;
      const end = starts[i + 1]!;
      if (end - start < prefix.length || !text.startsWith(prefix, start)) continue;
      const from = start + prefix.length;
      const slash = text.indexOf('/', from);
      if (slash < 0 || slash >= end) leaves++;
      else if (only === null) only = text.slice(from, slash);
      else several = slash - from !== only.length || !text.startsWith(only, from);
    }
    if (several || leaves > 3 || only === null) break;
    prefix = `${prefix}${only}/`;
    open.push(prefix.slice(0, -1));
  }
  return open;
}

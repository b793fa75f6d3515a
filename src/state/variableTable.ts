// The page's view of a checkpoint's variable list: columns read in place, objects made on demand,
// and its scope tree (built in the worker with the listing).
export { EMPTY_VARIABLES, VariableTable } from '../workers/checkpoint/variableColumns';
export type { ScopeSummary, ScopeTable } from '../workers/checkpoint/scopeTable';

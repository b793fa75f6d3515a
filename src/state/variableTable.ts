// The page's view of a checkpoint's variable list: columns read in place, objects made on demand.
export { EMPTY_VARIABLES, VariableTable } from '../workers/checkpoint/variableColumns';

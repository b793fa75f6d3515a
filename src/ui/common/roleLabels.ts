import type { VariableRole } from '../../formats/checkpoint';

/**
 * One vocabulary for what a checkpoint variable is, used by the tree badges, the details panel and
 * the report ("Not a model weight" groups every role but `weight`).
 */
export const ROLE_LABELS: Record<VariableRole, string> = {
  weight: 'model weight',
  ema: 'EMA copy',
  optimizer_slot: 'optimizer slot',
  bookkeeping: 'bookkeeping',
  object_graph: 'object graph',
  metadata: 'metadata',
};

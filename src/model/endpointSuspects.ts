import type { GraphDescription } from './nasnet/graph';

/**
 * The weights that feed an end point since the previous one: every variable of the ops of the
 * end point's cell up to (and including) the op producing it, in creation order. For `Cell_3`
 * that is all of `cell_3/…`; for `Logits` the final FC; for `global_pool` nothing.
 */
export function endpointSuspects(
  graph: GraphDescription,
  endpoint: string,
): { cell: string; variables: string[] } {
  const opId = graph.endpoints[endpoint];
  const cell = graph.cells.find((c) => c.ops.some((op) => op.id === opId));
  if (!opId || !cell) return { cell: '', variables: [] };
  const variables: string[] = [];
  for (const op of cell.ops) {
    variables.push(...op.variables);
    if (op.id === opId) break;
  }
  return { cell: cell.id, variables };
}

/** End point names in graph order (the order TF-Slim creates them). */
export const endpointOrder = (graph: GraphDescription): string[] => Object.keys(graph.endpoints);

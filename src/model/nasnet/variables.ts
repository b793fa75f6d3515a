import type { GraphVariable } from '../graphVariable';
import type { GraphMode, NasnetModelName } from './configs';
import { nasnetGraph } from './graph';

/**
 * The variables of a NASNet-A config in TF-Slim's creation order (what `tf.global_variables()`
 * lists after building the model under its arg scope), derived without allocating any tensor.
 */
export function nasnetVariables(
  model: NasnetModelName,
  mode: GraphMode,
  numClasses?: number,
): GraphVariable[] {
  return nasnetGraph(model, mode, numClasses).variables;
}

export function variableSize(v: Pick<GraphVariable, 'shape'>): number {
  return v.shape.reduce((a, b) => a * b, 1);
}

/** Total number of scalars; `trainableOnly` leaves out the batch-norm moving statistics. */
export function parameterCount(variables: readonly GraphVariable[], trainableOnly = false): number {
  let total = 0;
  for (const v of variables) {
    if (trainableOnly && (v.kind === 'moving_mean' || v.kind === 'moving_variance')) continue;
    total += variableSize(v);
  }
  return total;
}

/** Match status of one graph variable, as the mapping session reports it. */
export type VariableStatus = 'mapped' | 'missing' | 'mismatch';

/** How complete a node's weights are; drives its colour and the legend. */
export type CompletenessLevel =
  'complete' | 'partial' | 'empty' | 'mismatch' | 'no-weights' | 'no-checkpoint';

export interface Completeness {
  level: CompletenessLevel;
  mapped: number;
  mismatch: number;
  total: number;
}

export const LEVEL_LABEL: Record<CompletenessLevel, string> = {
  complete: 'all weights mapped',
  partial: 'some weights mapped',
  empty: 'no weights mapped',
  mismatch: 'shape or dtype mismatch',
  'no-weights': 'no weights (pool, add, concat…)',
  'no-checkpoint': 'no checkpoint open',
};

/** Counts a node's variables by status; `statusOf` is null while no checkpoint is open. */
export function nodeCompleteness(
  variables: readonly string[],
  statusOf: ((name: string) => VariableStatus | undefined) | null,
): Completeness {
  const total = variables.length;
  if (total === 0) return { level: 'no-weights', mapped: 0, mismatch: 0, total };
  if (!statusOf) return { level: 'no-checkpoint', mapped: 0, mismatch: 0, total };
  let mapped = 0;
  let mismatch = 0;
  for (const v of variables) {
    const s = statusOf(v);
    if (s === 'mapped') mapped++;
    else if (s === 'mismatch') mismatch++;
  }
  const level = mismatch > 0 ? 'mismatch' : mapped === total ? 'complete' : mapped > 0 ? 'partial' : 'empty';
  return { level, mapped, mismatch, total };
}

export function describeCompleteness(c: Completeness): string {
  if (c.level === 'no-weights') return 'no weights';
  if (c.level === 'no-checkpoint') return `${c.total} weights, no checkpoint open`;
  const mismatch = c.mismatch ? `, ${c.mismatch} mismatched` : '';
  return `${c.mapped}/${c.total} weights mapped${mismatch}`;
}

import type { CheckpointVariable } from '../../formats/checkpoint';
import type { MatchStatus } from '../slices/treeSlice';

/** What the mapping knows about one checkpoint variable, looked up by stored name. */
export interface StatusSource {
  matched: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  mismatched: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  ambiguous: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

/**
 * A variable's status: training leftovers (slots, EMA copies the mapping does not use, bookkeeping)
 * are `excluded`; weights are matched, mismatched, ambiguous or unmatched.
 */
export function matchStatusOf(v: CheckpointVariable, source: StatusSource | null): MatchStatus {
  if (source?.matched.has(v.name)) return 'matched';
  if (v.role !== 'weight' && v.role !== 'ema') return 'excluded';
  if (source?.mismatched.has(v.name)) return 'mismatch';
  if (source?.ambiguous.has(v.name)) return 'ambiguous';
  if (v.role === 'ema') return 'excluded';
  return 'unmatched';
}

export const STATUS_LABELS: Record<MatchStatus, string> = {
  matched: 'Matched',
  unmatched: 'Unmatched',
  mismatch: 'Shape/dtype mismatch',
  ambiguous: 'Ambiguous',
  excluded: 'Not a model weight',
};

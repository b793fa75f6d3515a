import type { CheckpointVariable, VariableRole } from '../../formats/checkpoint';
import type { VariableTable } from '../variableTable';
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
export function matchStatusOf(
  v: Pick<CheckpointVariable, 'name' | 'role'>,
  source: StatusSource | null,
): MatchStatus {
  return statusOfNamed(v.name, v.role, source);
}

/** The status of variable `i` of a table, read from its columns. */
export function matchStatusAt(table: VariableTable, i: number, source: StatusSource | null): MatchStatus {
  const role = table.role(i);
  // Without a mapping only the role decides: no name needed.
  if (!source) return role === 'weight' ? 'unmatched' : 'excluded';
  return statusOfNamed(table.name(i), role, source);
}

function statusOfNamed(name: string, role: VariableRole, source: StatusSource | null): MatchStatus {
  if (source?.matched.has(name)) return 'matched';
  if (role !== 'weight' && role !== 'ema') return 'excluded';
  if (source?.mismatched.has(name)) return 'mismatch';
  if (source?.ambiguous.has(name)) return 'ambiguous';
  if (role === 'ema') return 'excluded';
  return 'unmatched';
}

export const STATUS_LABELS: Record<MatchStatus, string> = {
  matched: 'Matched',
  unmatched: 'Unmatched',
  mismatch: 'Shape/dtype mismatch',
  ambiguous: 'Ambiguous',
  excluded: 'Not a model weight',
};

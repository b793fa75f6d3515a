import type { CheckpointVariable, VariableRole } from '../../formats/checkpoint';
import { STATUS_LABELS } from '../../state/selectors/matchStatus';
import type { MatchStatus } from '../../state/slices/treeSlice';
import { ROLE_LABELS } from '../common/roleLabels';
import { formatBytes, formatCount, formatShape } from '../common/format';
import { elementCount, leafName } from './scopeTree';
import type { ScopeSummary } from '../../state/variableTable';
import { ChangeChip } from '../compare/ChangeChip';
import type { DiffRow } from '../../matching/compare/diffTypes';

const ROLE_BADGES: Record<VariableRole, string | null> = { ...ROLE_LABELS, weight: null };

interface ScopeProps {
  scope: ScopeSummary;
  expanded: boolean;
  shownCount: number;
  filtering: boolean;
  /** Largest change below this scope in the comparison (−1 = none compared), if comparing. */
  change?: number;
}

export function ScopeRowContent({ scope, expanded, shownCount, filtering, change }: ScopeProps) {
  const counts = filtering
    ? `${shownCount.toLocaleString()} of ${scope.variableCount.toLocaleString()} vars`
    : `${scope.variableCount.toLocaleString()} vars`;
  return (
    <>
      <span className="chevron" aria-hidden="true">
        {expanded ? '▾' : '▸'}
      </span>
      {change !== undefined && <ChangeChip score={change} />}
      <span className="row-label scope-label">{scope.label}</span>
      <span className="row-meta muted">
        {counts} · {formatCount(scope.paramCount)} params · {formatBytes(scope.bytes)}
      </span>
    </>
  );
}

interface VariableProps {
  variable: CheckpointVariable;
  status: MatchStatus;
  /** `.` separates scopes too (PyTorch keys). */
  splitDots: boolean;
  /** Its row in the comparison with B, if comparing (undefined = not in the comparison). */
  change?: { row: DiffRow | undefined; score: number };
}

export function VariableRowContent({ variable, status, splitDots, change }: VariableProps) {
  const badge = ROLE_BADGES[variable.role];
  return (
    <>
      <span className={`status-dot st-${status}`} title={STATUS_LABELS[status]} aria-hidden="true">
        ●
      </span>
      {change && <ChangeChip score={change.score} row={change.row} />}
      <span className="row-label mono" title={variable.fullName ?? variable.name}>
        {leafName(variable.name, splitDots)}
      </span>
      {badge && <span className={`badge role-${variable.role}`}>{badge}</span>}
      {variable.value !== undefined ? (
        <span className="row-meta mono muted">= {variable.value}</span>
      ) : (
        <span className="row-meta mono muted">
          {variable.dtype} {formatShape(variable.shape)} · {formatCount(elementCount(variable.shape))} ·{' '}
          {formatBytes(variable.bytes)}
        </span>
      )}
      <span className="visually-hidden">, {STATUS_LABELS[status]}</span>
    </>
  );
}

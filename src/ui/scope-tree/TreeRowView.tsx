import type { CheckpointVariable, VariableRole } from '../../formats/checkpoint';
import { STATUS_LABELS } from '../../state/selectors/matchStatus';
import type { MatchStatus } from '../../state/slices/treeSlice';
import { ROLE_LABELS } from '../common/roleLabels';
import { formatBytes, formatCount, formatShape } from '../common/format';
import { elementCount, leafName, type ScopeNode } from './scopeTree';

const ROLE_BADGES: Record<VariableRole, string | null> = { ...ROLE_LABELS, weight: null };

interface ScopeProps {
  scope: ScopeNode;
  expanded: boolean;
  shownCount: number;
  filtering: boolean;
}

export function ScopeRowContent({ scope, expanded, shownCount, filtering }: ScopeProps) {
  const counts = filtering
    ? `${shownCount.toLocaleString()} of ${scope.variableCount.toLocaleString()} vars`
    : `${scope.variableCount.toLocaleString()} vars`;
  return (
    <>
      <span className="chevron" aria-hidden="true">
        {expanded ? '▾' : '▸'}
      </span>
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
}

export function VariableRowContent({ variable, status }: VariableProps) {
  const badge = ROLE_BADGES[variable.role];
  return (
    <>
      <span className={`status-dot st-${status}`} title={STATUS_LABELS[status]} aria-hidden="true">
        ●
      </span>
      <span className="row-label mono" title={variable.fullName ?? variable.name}>
        {leafName(variable.name)}
      </span>
      {badge && <span className={`badge role-${variable.role}`}>{badge}</span>}
      <span className="row-meta mono muted">
        {variable.dtype} {formatShape(variable.shape)} · {formatCount(elementCount(variable.shape))} ·{' '}
        {formatBytes(variable.bytes)}
      </span>
      <span className="visually-hidden">, {STATUS_LABELS[status]}</span>
    </>
  );
}

import './compare.css';
import type { DiffRow } from '../../matching/compare/diffTypes';
import { changeColour, describeRow, formatChange } from './changeColour';

interface Props {
  /** changeScore of the row, or the largest below a scope (−1 = nothing compared). */
  score: number;
  /** Set for a variable row (title and relL2 text); absent for scopes. */
  row?: DiffRow | undefined;
}

/** A coloured square (and the relative change for variables) in front of a tree row. */
export function ChangeChip({ score, row }: Props) {
  const title = row
    ? describeRow(row)
    : score < 0
      ? 'not compared'
      : `largest relative change ${formatChange(score)}`;
  return (
    <span className="change-chip" title={title} data-change={score}>
      <span className="change-swatch" style={{ background: changeColour(score) }} aria-hidden="true" />
      {row && row.status !== 'same' && (
        <span className="change-value mono">
          {row.status === 'changed' ? formatChange(row.relL2) : row.status}
        </span>
      )}
      <span className="visually-hidden">{title}</span>
    </span>
  );
}

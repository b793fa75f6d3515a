import { useMemo, useState } from 'react';
import { diffToCsv, diffToJson } from '../../matching/compare/diffCsv';
import { summarizeDiff } from '../../matching/compare/diffSummary';
import type { DiffRow } from '../../matching/compare/diffTypes';
import { closeComparison, runComparison } from '../../state/actions/compareActions';
import { changeScore, useCompareView } from '../../state/selectors/compareView';
import { useAppStore } from '../../state/store';
import { saveBlob } from '../common/download';
import { changeColour, formatChange, STATUS_TEXT } from './changeColour';
import './compare.css';

/** Rows listed at most (the tree and the exports hold all of them). */
const LIST_LIMIT = 300;

type Filter = 'differs' | 'all';

const baseName = (prefix: string): string =>
  (prefix.split('/').pop() || 'checkpoint').replace(/[^\w.-]+/g, '_');

/** Right pane "Compare": B, the summary, exports, and the pairs by change (click to select in A). */
export function ComparePanel() {
  const compare = useAppStore((s) => s.compare);
  const checkpoint = useAppStore((s) => s.checkpoint);
  const running = useAppStore((s) => s.tasks.some((t) => t.label === 'Comparing checkpoints'));
  const selectCkpt = useAppStore((s) => s.selectCheckpointVariable);
  const setLeftTab = useAppStore((s) => s.setLeftTab);
  const setRightTab = useAppStore((s) => s.setRightTab);
  const view = useCompareView();
  const [filter, setFilter] = useState<Filter>('differs');
  const listed = useMemo(() => {
    if (!view) return [];
    const rows = view.result.rows.filter((r) => filter === 'all' || r.status !== 'same');
    return rows.sort((x, y) => changeScore(y) - changeScore(x)).slice(0, LIST_LIMIT);
  }, [view, filter]);
  if (!compare || !checkpoint || compare.aHandle !== checkpoint.handle) {
    return (
      <p className="muted empty">
        No comparison. Use “Compare with…” in the checkpoint header (or drop checkpoint B while holding Alt,
        or onto the “compare” target) to compare the open checkpoint value by value.
      </p>
    );
  }
  const name = `${baseName(checkpoint.prefix)}-vs-${baseName(compare.bPrefix)}`;
  const show = (r: DiffRow) => {
    if (!r.a) return;
    setLeftTab('checkpoint');
    selectCkpt(r.a, true);
    setRightTab('details');
  };
  return (
    <section className="compare-panel" aria-label="Comparison">
      <table className="kv">
        <tbody>
          <tr>
            <th scope="row">A</th>
            <td className="mono">{checkpoint.prefix}</td>
          </tr>
          <tr>
            <th scope="row">B</th>
            <td className="mono">
              {compare.bPrefix}{' '}
              <span className="muted">({compare.bVariableCount.toLocaleString()} tensors)</span>
            </td>
          </tr>
        </tbody>
      </table>
      {view ? (
        <p className="compare-summary" role="status" data-testid="compare-summary">
          {summarizeDiff(view.result)}
        </p>
      ) : (
        <p className="muted">{running ? 'Comparing…' : 'The comparison did not finish.'}</p>
      )}
      <div className="button-row">
        <button type="button" disabled={running} onClick={() => void runComparison()}>
          Compare again
        </button>
        <button
          type="button"
          disabled={!view}
          onClick={() =>
            view && saveBlob(new Blob([diffToCsv(view.result)], { type: 'text/csv' }), `${name}.csv`)
          }
        >
          Export CSV
        </button>
        <button
          type="button"
          disabled={!view}
          onClick={() =>
            view &&
            saveBlob(new Blob([diffToJson(view.result)], { type: 'application/json' }), `${name}.json`)
          }
        >
          Export JSON
        </button>
        <button type="button" onClick={() => void closeComparison()}>
          Close B
        </button>
      </div>
      {view && (
        <>
          <label className="compare-filter">
            <select
              aria-label="Pairs to list"
              value={filter}
              onChange={(e) => setFilter(e.target.value as Filter)}
            >
              <option value="differs">Pairs that differ</option>
              <option value="all">All pairs</option>
            </select>{' '}
            <span className="muted">largest change first</span>
          </label>
          <ul className="plain-list compare-list" aria-label="Compared pairs">
            {listed.map((r) => (
              <li key={`${r.a ?? ''}\u0000${r.b ?? ''}`}>
                <button type="button" className="link compare-row" disabled={!r.a} onClick={() => show(r)}>
                  <span
                    className="change-swatch"
                    style={{ background: changeColour(changeScore(r)) }}
                    aria-hidden="true"
                  />
                  <span className="mono compare-name">{r.a ?? r.b}</span>
                  {r.a && r.b && r.a !== r.b && <span className="muted mono compare-name"> ↔ {r.b}</span>}
                  <span className="muted compare-status">
                    {' '}
                    {STATUS_TEXT[r.status]}
                    {r.status === 'changed' || r.status === 'dtype' ? ` · ${formatChange(r.relL2)}` : ''}
                    {r.relation ? ` · ${r.relation}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { scanAllStatistics } from '../../state/actions/statsActions';
import { useAppStore } from '../../state/store';
import type { ScannedTensor } from '../../formats/stats/statsScan';
import { formatBytes, formatNumber } from '../common/format';
import { ReportList } from './ReportList';

/** The last full statistics scan: totals, tensors with NaN/Inf and all-zero tensors. */
export function StatisticsSection() {
  const scan = useAppStore((s) => s.statsScan);
  const checkpoint = useAppStore((s) => s.checkpoint);
  const selectCkpt = useAppStore((s) => s.selectCheckpointVariable);
  const setLeftTab = useAppStore((s) => s.setLeftTab);
  if (!checkpoint) return null;
  const current = scan && scan.handle === checkpoint.handle ? scan : null;
  const show = (name: string) => {
    setLeftTab('checkpoint');
    selectCkpt(name, true);
  };
  const item = (t: ScannedTensor, detail: string) => ({
    key: t.name,
    main: t.name,
    detail,
    onSelect: () => show(t.name),
  });
  return (
    <section className="report-statistics" aria-label="Statistics">
      <h3>Statistics</h3>
      {!current ? (
        <p className="muted">
          Not scanned yet.{' '}
          <button type="button" onClick={() => void scanAllStatistics()}>
            Scan now
          </button>
        </p>
      ) : (
        <>
          <table className="kv report-summary" aria-label="Statistics summary">
            <tbody>
              <tr>
                <th scope="row">Tensors scanned</th>
                <td>
                  {current.scanned.toLocaleString()} ({formatBytes(current.bytes)})
                  {current.skipped > 0 && ` · ${current.skipped.toLocaleString()} non-numeric skipped`}
                </td>
              </tr>
              <tr>
                <th scope="row">Values</th>
                <td>{current.totals.values.toLocaleString()}</td>
              </tr>
              <tr>
                <th scope="row">NaN · Inf · zeros</th>
                <td className={current.totals.nan + current.totals.inf > 0 ? 'st-ambiguous' : 'st-matched'}>
                  {current.totals.nan.toLocaleString()} · {current.totals.inf.toLocaleString()} ·{' '}
                  {current.totals.zeros.toLocaleString()}
                </td>
              </tr>
              <tr>
                <th scope="row">Finite range</th>
                <td>
                  {formatNumber(current.min)} … {formatNumber(current.max)}
                </td>
              </tr>
            </tbody>
          </table>
          <ReportList
            title="Tensors with NaN or Inf"
            tone="bad"
            items={current.withNonFinite.map((t) =>
              item(
                t,
                `NaN ${t.nan.toLocaleString()} · Inf ${t.inf.toLocaleString()} of ${t.count.toLocaleString()}`,
              ),
            )}
          />
          <ReportList
            title="All-zero tensors"
            tone="warn"
            items={current.allZero.map((t) => item(t, `${t.count.toLocaleString()} zeros (${t.dtype})`))}
          />
        </>
      )}
    </section>
  );
}

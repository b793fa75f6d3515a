import { useMemo } from 'react';
import { STATUS_LABELS } from '../../state/selectors/matchStatus';
import { useAppStore } from '../../state/store';
import { ROLE_LABELS } from '../common/roleLabels';
import { ExportSection } from './ExportSection';
import { ReportList } from './ReportList';
import { StatisticsSection } from './StatisticsSection';

/** Variables of TF-Slim's aux head (`aux_7/…`, under any scope): built only in training mode. */
const AUX_HEAD = /(?:^|\/)aux_\d+\//;

/** The mismatch report: like load_state_dict's, but complete at once, each entry selectable. */
export function ReportPanel() {
  const mapping = useAppStore((s) => s.mapping);
  const selectCkpt = useAppStore((s) => s.selectCheckpointVariable);
  const selectGraph = useAppStore((s) => s.selectGraphVariables);
  const setLeftTab = useAppStore((s) => s.setLeftTab);
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  const byHow = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of mapping?.pairs ?? []) counts.set(p.how, (counts.get(p.how) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [mapping]);
  if (!mapping)
    return (
      <>
        <p className="muted empty">No mapping yet: open a checkpoint and run Auto-match.</p>
        <StatisticsSection />
      </>
    );
  const showCkpt = (name: string) => {
    setLeftTab('checkpoint');
    selectCkpt(name, true);
  };
  const showGraph = (name: string) => {
    setLeftTab('graph');
    selectGraph([name], true);
  };
  const total = mapping.pairs.length + mapping.missing.length;
  const auxUnused = mode === 'inference' ? mapping.unused.filter((n) => AUX_HEAD.test(n)).length : 0;
  return (
    <section className="report-panel" aria-label="Mismatch report">
      <table className="kv report-summary" aria-label="Report summary">
        <tbody>
          <tr>
            <th scope="row">Graph variables with weights</th>
            <td className={mapping.missing.length ? 'st-ambiguous' : 'st-matched'}>
              {mapping.pairs.length.toLocaleString()} / {total.toLocaleString()}
            </td>
          </tr>
          <tr>
            <th scope="row">How matched</th>
            <td>{byHow.map(([how, n]) => `${how} ${n.toLocaleString()}`).join(' · ') || '—'}</td>
          </tr>
          <tr>
            <th scope="row">Weights</th>
            <td>{mapping.preferEma ? 'moving averages (EMA)' : 'raw variables'}</td>
          </tr>
        </tbody>
      </table>
      <ExportSection />
      <ReportList
        title="Graph variables without weights"
        tone="bad"
        items={mapping.missing.map((g) => ({ key: g, main: g, onSelect: () => showGraph(g) }))}
      />
      <ReportList
        title="Shape mismatches"
        tone="bad"
        items={mapping.mismatches.map((m) => ({
          key: `${m.checkpoint}>${m.graph}`,
          main: `${m.checkpoint} → ${m.graph}`,
          detail: m.explanation,
          onSelect: () => showCkpt(m.checkpoint),
        }))}
      />
      <ReportList
        title="Ambiguous"
        tone="warn"
        items={mapping.ambiguities.map((a) => ({
          key: `${a.side}:${a.name}`,
          main: a.name,
          detail: `${a.reason} — candidates: ${a.candidates.join(', ')}`,
          onSelect: () => (a.side === 'checkpoint' ? showCkpt(a.name) : showGraph(a.name)),
        }))}
      />
      <ReportList
        title="Checkpoint weights not used"
        tone="warn"
        note={
          auxUnused > 0 && (
            <>
              {auxUnused} of these are aux-head weights: Training mode uses them (Inference mode builds no aux
              head).{' '}
              <button type="button" onClick={() => setMode('training')}>
                Switch to Training
              </button>
            </>
          )
        }
        items={mapping.unused.map((c) => ({ key: c, main: c, onSelect: () => showCkpt(c) }))}
      />
      <ReportList
        title={`${STATUS_LABELS.excluded} (kept out of matching)`}
        tone="info"
        items={mapping.leftovers.map((l) => ({
          key: l.name,
          main: l.name,
          detail: ROLE_LABELS[l.role as keyof typeof ROLE_LABELS] ?? l.role,
          onSelect: () => showCkpt(l.name),
        }))}
      />
      <StatisticsSection />
    </section>
  );
}

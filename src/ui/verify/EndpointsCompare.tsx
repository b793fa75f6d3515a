import { compareRunEndpoints } from '../../state/slices/verifyEndpoints';
import type { VerifyRun } from '../../state/slices/verifySlice';
import { useAppStore } from '../../state/store';
import { ReferenceDrop } from './ReferenceDrop';

const sci = (x: number | null) => (x === null ? '—' : Number.isFinite(x) ? x.toExponential(2) : String(x));

/** Suspect weights of the first diverging end point: one click shows the pair in Details. */
function Suspects({ suspects }: { suspects: NonNullable<VerifyRun['endpoints']>['suspects'] }) {
  const showPair = (graph: string, checkpoint: string | null) => {
    const s = useAppStore.getState();
    if (checkpoint) s.selectCheckpointVariable(checkpoint, true);
    s.selectGraphVariables([graph], true);
    s.setRightTab('details');
  };
  if (suspects.length === 0)
    return <p className="verify-hint">No weights between the previous end point and this one.</p>;
  return (
    <ul className="endpoint-suspects" aria-label="Suspect weights">
      {suspects.map((s) => (
        <li key={s.graph}>
          <button type="button" className="link" onClick={() => showPair(s.graph, s.checkpoint)}>
            <code>{s.graph}</code> ← <code>{s.checkpoint ?? 'no weights'}</code>
          </button>
          {s.how && <span className="verify-hint"> ({s.how})</span>}
        </li>
      ))}
    </ul>
  );
}

/** Drop or pick reference end points (.npz keyed by TF-Slim end point names) for one run. */
export function EndpointsCompare({ run }: { run: VerifyRun }) {
  const setDivergingCell = useAppStore((s) => s.setDivergingCell);
  const check = run.endpoints;
  const result = check?.result;
  return (
    <ReferenceDrop
      label="Compare end points…"
      accept=".npz"
      inputLabel={`Reference end points for run ${run.id}`}
      hint="or drop an end points .npz (Stem, Cell_0, …, Logits) here"
      disabled={check?.running ?? false}
      onFile={(f) => void compareRunEndpoints(run.id, f)}
    >
      {check?.running && (
        <p role="status">Running the inputs again, keeping the end points of {check.file}…</p>
      )}
      {check?.error && (
        <p role="alert">
          {check.file}: {check.error.problem} {check.error.hint}
        </p>
      )}
      {result && (
        <div
          role="status"
          aria-label="End points comparison"
          className={result.firstDiverging ? 'verdict fail' : 'verdict pass'}
        >
          <strong>
            {result.firstDiverging
              ? `First diverging end point: ${result.firstDiverging}${check.cell ? ` (${check.cell})` : ''}`
              : `All ${result.endpoints.length} end points agree with ${check.file}`}
          </strong>
          {result.firstDiverging && check.cell && (
            <button type="button" onClick={() => setDivergingCell(check.cell)}>
              Show on graph
            </button>
          )}
          <table aria-label="End points" className="endpoint-table">
            <thead>
              <tr>
                <th>End point</th>
                <th>max |Δ|</th>
                <th>of scale</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {result.endpoints.map((e) => (
                <tr key={e.name} className={e.ok ? '' : 'bad'}>
                  <td>{e.name}</td>
                  <td>{sci(e.maxAbs)}</td>
                  <td>{sci(e.relToScale)}</td>
                  <td>{e.ok ? 'ok' : (e.problem ?? 'beyond tolerance')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.logits && <p className="verify-hint">Logits: {result.logits.verdict}</p>}
          {result.ignored.length > 0 && (
            <p className="verify-hint">Not end points of this model (ignored): {result.ignored.join(', ')}</p>
          )}
          {result.firstDiverging && (
            <>
              <p>Weights feeding {result.firstDiverging} (suspects):</p>
              <Suspects suspects={check.suspects} />
            </>
          )}
        </div>
      )}
    </ReferenceDrop>
  );
}

import { clearVerifyRuns } from '../../state/slices/verifyActions';
import { useAppStore } from '../../state/store';
import { BackendBar } from './BackendBar';
import { InputsSection } from './InputsSection';
import { RunCard } from './RunCard';
import { WeightsSection } from './WeightsSection';
import './verify.css';

/** Verify: load the mapped weights, run images, compare with reference logits. */
export function VerifyPanel() {
  const runs = useAppStore((s) => s.runs);
  const error = useAppStore((s) => s.verifyError);
  const model = useAppStore((s) => s.model);
  return (
    <section aria-label="Verify" className="verify-panel">
      <p className="verify-hint">
        Runs <strong>{model}</strong> in inference mode on this machine; weights never leave the browser.
      </p>
      <BackendBar />
      <WeightsSection />
      <InputsSection />
      {error && (
        <p role="alert" className="verify-error">
          {error.file ? `${error.file}: ` : ''}
          {error.problem} {error.hint}
        </p>
      )}
      {runs.length > 0 && (
        <div className="verify-row">
          <h3>Results</h3>
          <button type="button" onClick={clearVerifyRuns}>
            Clear results
          </button>
        </div>
      )}
      {runs.map((r) => (
        <RunCard key={r.id} run={r} />
      ))}
    </section>
  );
}

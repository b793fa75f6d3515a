import { formatRate } from '../common/format';
import { currentSourceKey, loadVerifyWeights } from '../../state/slices/verifyActions';
import { useAppStore } from '../../state/store';

/** "cell_0 71 · cell_1 70 · …": where the missing weights are, in graph order. */
function missingByBlock(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) {
    const block = n.split('/')[0] ?? n;
    counts.set(block, (counts.get(block) ?? 0) + 1);
  }
  return [...counts].map(([block, n]) => `${block} ${n}`).join(' · ');
}

/** Loading the mapped weights into the model: progress, and the missing list when incomplete. */
export function WeightsSection() {
  const weights = useAppStore((s) => s.weights);
  const checkpoint = useAppStore((s) => s.checkpoint);
  useAppStore((s) => s.mapping); // re-render when the mapping changes (stale check)
  useAppStore((s) => s.model); // and when the graph changes
  useAppStore((s) => s.numClasses);
  const stale = weights.status === 'ready' && weights.sourceKey !== currentSourceKey();
  const p = weights.progress;
  const pct = p && p.total ? Math.round((100 * p.done) / p.total) : 0;
  return (
    <div className="verify-weights" role="group" aria-label="Weights">
      <div className="verify-row">
        <button
          type="button"
          className="primary"
          disabled={!checkpoint || weights.status === 'loading'}
          onClick={() => void loadVerifyWeights()}
        >
          Load weights
        </button>
        <span role="status" aria-label="Weights status">
          {!checkpoint && 'Open a checkpoint to load its weights.'}
          {checkpoint && weights.status === 'none' && `Not loaded (${checkpoint.prefix}).`}
          {weights.status === 'loading' && `Loading… ${pct}% ${formatRate(p?.bytesPerSecond)}`}
          {weights.status === 'ready' &&
            `${weights.loaded} weights loaded into ${weights.model} (${weights.numClasses} classes)${stale ? ' — stale, reloaded on the next run' : ''}.`}
          {weights.status === 'missing' && `${weights.missing.length} graph variables have no weights.`}
          {weights.status === 'error' &&
            weights.error &&
            `Failed: ${weights.error.problem} ${weights.error.hint}`}
        </span>
      </div>
      {weights.status === 'loading' && <progress aria-label="Loading weights" max={100} value={pct} />}
      {weights.status === 'missing' && (
        <details className="verify-missing" open>
          <summary>Missing weights ({weights.missing.length}) — match them before running</summary>
          <p className="verify-hint">By block: {missingByBlock(weights.missing)}</p>
          <ul aria-label="Missing weights">
            {weights.missing.slice(0, 200).map((n) => (
              <li key={n}>
                <code>{n}</code>
              </li>
            ))}
            {weights.missing.length > 200 && <li>… and {weights.missing.length - 200} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}

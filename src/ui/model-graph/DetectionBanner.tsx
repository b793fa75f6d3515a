import { modelEntry, describeConfig, sameConfig, type GraphConfig } from '../../model/catalogue';
import { useAppStore } from '../../state/store';

const coverage = (matched: number, total: number, estimated: boolean) =>
  `${estimated ? '≤ ' : ''}${matched}/${total}`;

/**
 * What detection found for the open checkpoint and why, with one-click overrides: the runner-up
 * configurations, and Slim's own class count when the checkpoint's differs (e.g. 1000 → 1001,
 * which adds a background row to the logits layer).
 */
export function DetectionBanner() {
  const detection = useAppStore((s) => s.detection);
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  const numClasses = useAppStore((s) => s.numClasses);
  const setConfig = useAppStore((s) => s.setConfig);
  if (!detection) return null;
  const current: GraphConfig = { model, mode, numClasses };
  const overridden = !sameConfig(current, detection.config);
  const slimClasses = modelEntry(detection.config.model).numClasses;
  const kind = detection.fit === 'complete' ? 'fits' : detection.fit === 'partial' ? 'partial' : 'none';
  return (
    <div role="status" aria-label="Model detection" className={`detection-banner ${kind}`}>
      <span className="detection-title">
        {detection.fit === 'none' ? 'Nothing fits well' : overridden ? 'Detected (overridden)' : 'Detected'}
      </span>{' '}
      <span className="detection-summary">{detection.summary}</span>
      <span className="detection-actions">
        {overridden && (
          <button type="button" onClick={() => setConfig(detection.config)}>
            Back to {describeConfig(detection.config)}
          </button>
        )}
        {!overridden && detection.fit !== 'none' && detection.config.numClasses !== slimClasses && (
          <button
            type="button"
            title="Build Slim's class layout; the logits layer then takes a background row"
            onClick={() => setConfig({ ...detection.config, numClasses: slimClasses })}
          >
            Use {slimClasses} classes (Slim layout)
          </button>
        )}
        {detection.alternatives.length > 0 && (
          <select
            aria-label="Use another configuration"
            value=""
            onChange={(e) => {
              const alt = detection.alternatives[Number(e.target.value)];
              if (alt) setConfig(alt.config);
            }}
          >
            <option value="">Other configurations…</option>
            {detection.alternatives.map((a, i) => (
              <option key={i} value={i}>
                {describeConfig(a.config)} — covers {coverage(a.matched, a.graphTotal, a.estimated)}
              </option>
            ))}
          </select>
        )}
      </span>
    </div>
  );
}

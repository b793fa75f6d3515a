import { answerGeneralization } from '../../state/actions/mappingActions';
import { useAppStore } from '../../state/store';

const SHOWN = 8;

/** "Apply the same rename to N more?" with a preview of the pairs it would add. */
export function GeneralizationPrompt() {
  const g = useAppStore((s) => s.generalization);
  if (!g || g.pairs.length === 0) return null;
  return (
    <div className="generalization" role="dialog" aria-label="Apply the same rename" aria-modal="false">
      <strong>
        Apply the same rename to {g.pairs.length} more variable{g.pairs.length === 1 ? '' : 's'}?
      </strong>
      <div className="muted">{g.rule}</div>
      <ul className="mono preview-list">
        {g.pairs.slice(0, SHOWN).map((p) => (
          <li key={p.graph}>
            {p.checkpoint} → {p.graph}
          </li>
        ))}
        {g.pairs.length > SHOWN && <li className="muted">… and {g.pairs.length - SHOWN} more</li>}
      </ul>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void answerGeneralization(false)}>
          Decline
        </button>
        <button type="button" className="primary" onClick={() => void answerGeneralization(true)}>
          Apply to {g.pairs.length} more
        </button>
      </div>
    </div>
  );
}

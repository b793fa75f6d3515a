import { useEffect, useRef, useState } from 'react';
import { choosePrefix } from '../../state/actions/openActions';
import { useAppStore } from '../../state/store';

/** Asks which checkpoint to open when one drop holds several prefixes. */
export function PrefixDialog() {
  const options = useAppStore((s) => s.prefixChoice);
  const ref = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<string>('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (options && !dialog.open) {
      setChoice((options.find((o) => o.suggested) ?? options[0])?.prefix ?? '');
      dialog.showModal();
    } else if (!options && dialog.open) dialog.close();
  }, [options]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="prefix-dialog-title"
      className="dialog"
      onCancel={() => void choosePrefix(null)}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void choosePrefix(choice);
        }}
      >
        <h2 id="prefix-dialog-title">Several checkpoints found — which one?</h2>
        <fieldset className="prefix-options">
          <legend className="visually-hidden">Checkpoint prefix</legend>
          {options?.map((o) => (
            <label key={o.prefix} className="prefix-option">
              <input
                type="radio"
                name="prefix"
                value={o.prefix}
                checked={choice === o.prefix}
                onChange={() => setChoice(o.prefix)}
              />
              <span className="mono">{o.prefix || '(empty prefix)'}</span>
              {o.suggested && <span className="badge">named in “checkpoint”</span>}
              <span className="muted"> {o.files.length} file(s)</span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-buttons">
          <button type="button" onClick={() => void choosePrefix(null)}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Open checkpoint
          </button>
        </div>
      </form>
    </dialog>
  );
}

import { copyText } from '../common/clipboard';
import { useAppStore } from '../../state/store';

/** A full variable name with a copy button. */
export function NameLine({ name, kind }: { name: string; kind: string }) {
  const pushToast = useAppStore((s) => s.pushToast);
  return (
    <div className="name-line">
      <code className="mono full-name">{name}</code>
      <button
        type="button"
        className="icon-button"
        aria-label={`Copy ${kind} name`}
        title="Copy name"
        onClick={() =>
          void copyText(name).then((ok) =>
            pushToast(
              ok
                ? { kind: 'success', title: `Copied ${name}` }
                : { kind: 'warning', title: 'Clipboard unavailable' },
            ),
          )
        }
      >
        Copy
      </button>
    </div>
  );
}

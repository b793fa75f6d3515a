import { useAppStore } from '../../state/store';

const SHORT = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' } as const;

/** The TF.js backend Verify runs on, for the status bar (always visible). */
export function BackendBadge() {
  const chosen = useAppStore((s) => s.backend);
  const inUse = useAppStore((s) => s.backendInUse);
  return (
    <span className="muted" aria-label="TF.js backend" title="Backend the model runs on (pick it in Verify)">
      TF.js: {inUse ? SHORT[inUse] : `${SHORT[chosen]} (not started)`}
    </span>
  );
}

import { useEffect } from 'react';
import type { BackendName } from '../../inference/backendNames';
import { chooseBackend } from '../../state/slices/verifyActions';
import { BACKENDS } from '../../state/slices/verifySlice';
import { useAppStore } from '../../state/store';

const SHORT: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

/** Backend picker and the backend actually in use (always visible). */
export function BackendBar() {
  const backend = useAppStore((s) => s.backend);
  const inUse = useAppStore((s) => s.backendInUse);
  // Start the chosen backend when the panel first shows, so "in use" is known before any run.
  useEffect(() => {
    if (!useAppStore.getState().backendInUse) void chooseBackend(useAppStore.getState().backend);
  }, []);
  return (
    <div className="verify-backend" role="group" aria-label="Backend">
      <label>
        Backend{' '}
        <select
          aria-label="Backend"
          value={backend}
          onChange={(e) => void chooseBackend(e.target.value as BackendName)}
        >
          {BACKENDS.map((b) => (
            <option key={b.name} value={b.name}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <span className="verify-backend-inuse" role="status" aria-label="Backend in use">
        In use: <strong>{inUse ? SHORT[inUse] : 'starting…'}</strong>
        {inUse && inUse !== backend ? ` (starting ${SHORT[backend]}…)` : ''}
      </span>
    </div>
  );
}

import { chooseWasmThreads } from '../../state/slices/verifyActions';
import { crossOriginIsolatedHere, maxWasmThreads } from '../../state/slices/verifySlice';
import { useAppStore } from '../../state/store';

/** Beside the backend badge while WASM is chosen: the threads it runs on, and a picker for them. */
export function WasmThreads() {
  const chosen = useAppStore((s) => s.backend);
  const inUse = useAppStore((s) => s.backendInUse);
  const threadsInUse = useAppStore((s) => s.threadsInUse);
  const wanted = useAppStore((s) => s.wasmThreads);
  if (chosen !== 'wasm' && inUse !== 'wasm') return null;
  const isolated = crossOriginIsolatedHere();
  const counts = Array.from({ length: maxWasmThreads() }, (_, i) => i + 1);
  const running = inUse === 'wasm' && threadsInUse !== null;
  return (
    <span
      className="muted wasm-threads"
      title={
        isolated
          ? 'Threads TF.js WASM computes on (threaded SIMD binary above 1)'
          : 'Threaded WASM needs a cross-origin isolated page (COOP/COEP headers); running on 1 thread'
      }
    >
      <select
        aria-label="WASM threads"
        value={Math.min(wanted, counts.length)}
        disabled={!isolated}
        onChange={(e) => void chooseWasmThreads(Number(e.target.value))}
      >
        {counts.map((n) => (
          <option key={n} value={n}>
            {n} {n === 1 ? 'thread' : 'threads'}
          </option>
        ))}
      </select>{' '}
      <span aria-label="WASM threads in use">
        {running ? `${threadsInUse} in use` : 'starting…'}
        {isolated ? '' : ' (not cross-origin isolated)'}
      </span>
    </span>
  );
}

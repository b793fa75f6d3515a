// The backend names and labels alone, without TF.js: the page lists them before any backend loads.
export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** In picker order: WebGL is the browser default; WASM (SIMD; threaded where the page is cross-origin isolated) is fastest without a GPU. */
export const BACKENDS: readonly { name: BackendName; label: string }[] = [
  { name: 'webgl', label: 'WebGL (GPU)' },
  { name: 'wasm', label: 'WASM (SIMD, CPU threads)' },
  { name: 'cpu', label: 'CPU (plain JavaScript, slow)' },
];

export function isBackendName(s: string): s is BackendName {
  return s === 'webgl' || s === 'wasm' || s === 'cpu';
}

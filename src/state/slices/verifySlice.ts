import type { SlimscopeErrorInit } from '../../base/errors';
import type { Progress } from '../../base/progress';
import type { ActivationStats } from '../../inference/activationStats';
import type { BackendName } from '../../inference/backendNames';
import type { Prediction } from '../../inference/classify';
import type { GraphMode, ModelName } from '../../model/catalogue';
import type { LogitsComparison } from '../../inference/compareLogits';
import type { EndpointsResult } from '../../inference/endpointsReference';
import type { SliceCreator } from '../sliceTypes';

/** The backends Verify offers, in picker order (names only: listing them loads no TF.js). */
export { BACKENDS } from '../../inference/backendNames';

export type WeightsStatus = 'none' | 'loading' | 'ready' | 'missing' | 'error';

/** The model's weights as loaded for Verify (the tensors themselves stay outside the store). */
export interface VerifyWeights {
  status: WeightsStatus;
  model: ModelName | null;
  numClasses: number | null;
  /** Checkpoint identity + mapping the weights were loaded from; stale when either changes. */
  sourceKey: string | null;
  progress: Progress | null;
  loaded: number;
  /** Graph variables left without weights: the model cannot run until this is empty. */
  missing: string[];
  error: SlimscopeErrorInit | null;
}

export interface VerifyInputView {
  name: string;
  /** Object URL of a thumbnail, for images. */
  thumbnailUrl?: string;
}

/** What produced a run; a run whose `sourceKey` is no longer the current one is stale. */
export interface RunProvenance {
  checkpoint: string;
  model: ModelName;
  mode: GraphMode;
  numClasses: number;
  weights: 'raw' | 'moving averages';
  mappingRevision: number;
  sourceKey: string;
}

/** A run's end points against reference end points: the first diverging one and its suspects. */
export interface EndpointsCheck {
  file: string;
  running: boolean;
  result: EndpointsResult | null;
  error: SlimscopeErrorInit | null;
  /** The cell producing the first diverging end point (highlighted on the graph). */
  cell: string | null;
  /** Weights feeding that end point since the previous one, with the checkpoint tensor mapped to each. */
  suspects: { graph: string; checkpoint: string | null; how: string | null }[];
}

/** One batch run through the model. Logits stay outside the store (see verifyActions). */
export interface VerifyRun {
  id: number;
  inputs: VerifyInputView[];
  /** Top-5 per input, best first. */
  top: Prediction[][];
  backend: BackendName;
  /** Threads the backend computed on (above 1 only for threaded WASM). */
  threads: number;
  latencyMs: number;
  /** The latency split into forward pass and activation statistics (WASM and CPU only). */
  timings: { forwardMs: number; statsMs: number } | null;
  /** True for the first run on a backend (includes shader compilation / warm-up). */
  cold: boolean;
  stats: ActivationStats[];
  logitsShape: number[];
  reference: { file: string; comparison: LogitsComparison | null; error: SlimscopeErrorInit | null } | null;
  provenance: RunProvenance | null;
  endpoints: EndpointsCheck | null;
}

export interface VerifySlice {
  backend: BackendName;
  backendInUse: BackendName | null;
  /** Threads asked for WASM (1 where the page is not cross-origin isolated). */
  wasmThreads: number;
  /** Threads the running backend really uses (null until it has started). */
  threadsInUse: number | null;
  weights: VerifyWeights;
  runs: VerifyRun[];
  running: boolean;
  /** Where the run under way is (steps dispatched, shader warm-up, waiting for the GPU). */
  runProgress: Progress | null;
  setRunProgress(progress: Progress | null): void;
  verifyError: SlimscopeErrorInit | null;
  /** Cell of the first diverging end point of the last end points check, shown on the graph. */
  divergingCell: string | null;
  setDivergingCell(cell: string | null): void;
  setBackendChoice(backend: BackendName): void;
  setBackendInUse(backend: BackendName | null, threads?: number): void;
  setWasmThreadsChoice(threads: number): void;
  setWeights(patch: Partial<VerifyWeights>): void;
  addRun(run: VerifyRun): void;
  updateRun(id: number, patch: Partial<VerifyRun>): void;
  clearRuns(): void;
  setRunning(running: boolean): void;
  setVerifyError(error: SlimscopeErrorInit | null): void;
}

export const NO_WEIGHTS: VerifyWeights = {
  status: 'none',
  model: null,
  numClasses: null,
  sourceKey: null,
  progress: null,
  loaded: 0,
  missing: [],
  error: null,
};

const MAX_RUNS = 20;

/** True when the page may share memory with workers (COOP/COEP), which threaded WASM needs. */
export function crossOriginIsolatedHere(): boolean {
  return (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
}

/** Most threads worth offering: the machine's cores, at most 8. */
export function maxWasmThreads(): number {
  if (!crossOriginIsolatedHere()) return 1;
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
    ?.hardwareConcurrency;
  return Math.max(1, Math.min(8, cores ?? 1));
}

/**
 * Half the logical cores (at most 4: NASNet's small ops gain little beyond) where isolated, else 1.
 * XNNPACK's threads spin while they wait for each other, so a thread that has to share its core
 * (with a hyper-threaded sibling, the page, the browser) stalls every parallel op: measured on a
 * busy 2-core machine, 2 threads ran 4× slower than 1. The picker offers every core.
 */
export function defaultWasmThreads(): number {
  return Math.max(1, Math.min(4, Math.floor(maxWasmThreads() / 2)));
}

export const createVerifySlice: SliceCreator<VerifySlice> = (set) => ({
  backend: 'webgl',
  backendInUse: null,
  wasmThreads: defaultWasmThreads(),
  threadsInUse: null,
  weights: NO_WEIGHTS,
  runs: [],
  running: false,
  runProgress: null,
  setRunProgress: (runProgress) => set({ runProgress }),
  verifyError: null,
  divergingCell: null,
  setDivergingCell: (divergingCell) => set({ divergingCell }),
  setBackendChoice: (backend) => set({ backend }),
  setBackendInUse: (backendInUse, threads) =>
    set({ backendInUse, threadsInUse: backendInUse ? (threads ?? 1) : null }),
  setWasmThreadsChoice: (wasmThreads) => set({ wasmThreads }),
  setWeights: (patch) => set((s) => ({ weights: { ...s.weights, ...patch } })),
  addRun: (run) => set((s) => ({ runs: [run, ...s.runs].slice(0, MAX_RUNS) })),
  updateRun: (id, patch) => set((s) => ({ runs: s.runs.map((r) => (r.id === id ? { ...r, ...patch } : r)) })),
  clearRuns: () => set({ runs: [] }),
  setRunning: (running) => set({ running }),
  setVerifyError: (verifyError) => set({ verifyError }),
});

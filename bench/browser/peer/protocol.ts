// What the peer bench page and its engine workers say to each other (over the app's own worker RPC).
import type { Method } from '../../../src/workers/rpc/protocol';
import type { KindProfile } from '../../stepProfile';

export type PeerEngine = 'slimscope' | 'onnx';
export const PEER_LABEL: Record<PeerEngine, string> = { onnx: 'ONNX Runtime Web', slimscope: 'Slimscope' };

/** Files the bench server serves from the oracle folders (same origin as the page). */
export const ORACLE_URLS = {
  index: '/oracle/nasnet-mobile/model.ckpt.index',
  data: '/oracle/nasnet-mobile/model.ckpt.data-00000-of-00001',
  input: '/oracle/nasnet-mobile/input.npy',
  onnx: '/oracle/nasnet-mobile-onnx/nasnet_mobile.onnx',
} as const;

export interface EngineProfile extends KindProfile {
  /** What `totalMs` adds up (the engine's own per-op timer). */
  source: string;
  /** The fastest whole run of the profiled passes, ms per image (like every figure here). */
  wholeMs: number;
}

export type PeerEngineCatalogue = {
  /** Loads NASNet-A Mobile (oracle weights) on WASM with this many threads; answers what runs. */
  load: Method<{ threads: number }, { threads: number; detail: string }>;
  /** Runs the oracle's two images as one batch: logits [2, classes] row-major. */
  check: Method<Record<string, never>, { logits: number[] }>;
  /**
   * Runs `runs` batches of `batch` images (the oracle's images repeated), each timed on its own in
   * the worker: ms per image of each run, and (Slimscope) the app's whole run latency per image.
   */
  time: Method<{ batch: number; runs: number }, { perImageMs: number[]; latencyPerImageMs?: number[] }>;
  /** Where the time of a run goes, by op kind (fastest of `passes` per op), per image. */
  profile: Method<{ batch: number; passes: number }, EngineProfile>;
};

/** What the page exposes to the bench (Node) on `globalThis.peerBench`. */
export interface PeerBenchApi {
  /** Starts the engine's worker for a thread count and loads the model in it. */
  start(engine: PeerEngine, threads: number): Promise<{ threads: number; detail: string }>;
  call<K extends keyof PeerEngineCatalogue & string>(
    engine: PeerEngine,
    threads: number,
    kind: K,
    params: PeerEngineCatalogue[K]['params'],
  ): Promise<PeerEngineCatalogue[K]['result']>;
}

/// <reference lib="webworker" />
// The peer's side of the browser peer bench: ONNX Runtime Web (its published WASM build,
// dist/ort.wasm.min.mjs, loaded as is from this page's origin) on the ONNX export of the oracle.
import type * as Ort from 'onnxruntime-web';
import { decodeNpy } from '../../../src/formats/numpy/npy';
import type { FromWorker, MessagePortLike, ToWorker } from '../../../src/workers/rpc/protocol';
import { serveRequests, type Handlers } from '../../../src/workers/rpc/serve';
import { nchwRepeat } from '../../peerCheck';
import { ortProfile } from './ortProfile';
import { ORACLE_URLS, type PeerEngineCatalogue } from './protocol';

// ONNX Runtime writes its profile (JSON, one event a line) to Emscripten's stdout, which is
// console.log bound when its module starts: route it through here so the profile can be read.
let captured: string[] | null = null;
const log = console.log.bind(console);
console.log = (...args: unknown[]) => (captured ? captured.push(args.join(' ')) : log(...args));

const ORT_BASE = `${self.location.origin}/ort/`;
let ort: typeof Ort | null = null;
let model: Uint8Array | null = null;
let session: Ort.InferenceSession | null = null;
let input: { values: Float32Array; shape: number[] } | null = null;
const batches = new Map<number, Float32Array>();

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

const createSession = (enableProfiling: boolean) =>
  ort!.InferenceSession.create(model!, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
    enableProfiling,
  });

/** One session.run on `batch` images (NCHW); answers the logits. */
async function runBatch(s: Ort.InferenceSession, batch: number): Promise<Float32Array> {
  if (!ort || !input) throw new Error('load first');
  const [, h = 0, w = 0, c = 0] = input.shape;
  if (!batches.has(batch))
    batches.set(batch, nchwRepeat({ name: 'input', dtype: 'float32', ...input }, batch));
  const x = new ort.Tensor('float32', batches.get(batch)!, [batch, c, h, w]);
  const out = await s.run({ input: x });
  return out.logits!.data as Float32Array;
}

const handlers: Handlers<PeerEngineCatalogue> = {
  async load({ threads }) {
    ort = (await import(/* @vite-ignore */ `${ORT_BASE}ort.wasm.min.mjs`)) as typeof Ort;
    ort.env.wasm.wasmPaths = ORT_BASE;
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.simd = true;
    ort.env.wasm.proxy = false;
    model = await fetchBytes(ORACLE_URLS.onnx);
    session = await createSession(false);
    const npy = decodeNpy(await fetchBytes(ORACLE_URLS.input), 'input.npy');
    input = { values: npy.values as Float32Array, shape: npy.shape };
    // ONNX Runtime sets numThreads back to 1 when it cannot start threads (not cross-origin isolated).
    const used = ort.env.wasm.numThreads ?? 1;
    return { threads: used, detail: `ONNX Runtime Web ${ort.env.versions.web ?? ''} wasm EP` };
  },

  async check() {
    return { logits: Array.from(await runBatch(session!, input?.shape[0] ?? 0)) };
  },

  async time({ batch, runs }) {
    const perImageMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await runBatch(session!, batch);
      perImageMs.push((performance.now() - t0) / batch);
    }
    return { perImageMs };
  },

  async profile({ batch, passes }) {
    // A second session in this worker: same WASM instance and thread pool as the timed one.
    const profiled = await createSession(true);
    try {
      await runBatch(profiled, batch); // first run: allocation plans, prepacked weights
      for (let p = 0; p < passes; p++) await runBatch(profiled, batch);
      captured = [];
      profiled.endProfiling();
      return ortProfile(captured.join('\n'), passes + 1, batch);
    } finally {
      captured = null;
      await profiled.release();
    }
  },
};

serveRequests<PeerEngineCatalogue>(
  self as unknown as MessagePortLike<ToWorker<PeerEngineCatalogue>, FromWorker>,
  handlers,
);

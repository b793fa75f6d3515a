/// <reference lib="webworker" />
// Slimscope's side of the browser peer bench: the app's own inference engine (`inferenceHandlers`,
// as inference.worker.ts serves it) on WASM, with the oracle checkpoint read by the app's
// checkpoint reader from files this page's origin serves.
import { neverCancelled } from '../../../src/base/progress';
import { blobByteSource } from '../../../src/formats/bytes/blobByteSource';
import { decodeNpy } from '../../../src/formats/numpy/npy';
import { openCheckpoint } from '../../../src/formats/open';
import { compileModel, modelGraph } from '../../../src/model/catalogue';
import { weightLookup } from '../../../src/model/nasnet/compile';
import { NasnetRunner } from '../../../src/model/nasnet/forward';
import { assertComplete, loadNasnetWeights } from '../../../src/model/nasnet/weights';
import { inferenceHandlers } from '../../../src/workers/inference/inferenceEngine';
import type { FromWorker, MessagePortLike, ToWorker } from '../../../src/workers/rpc/protocol';
import { serveRequests, type Handlers } from '../../../src/workers/rpc/serve';
import { nhwcRepeat } from '../../peerCheck';
import { perImage, profileStepKinds } from '../../stepProfile';
import { ORACLE_URLS, type PeerEngineCatalogue } from './protocol';

const MODEL = 'nasnet-mobile';
const FILE = 'model.ckpt';
// The engine's binaries come from this page's origin (tfjs-backend-wasm/dist), never a CDN.
const engine = inferenceHandlers(
  { wasmPaths: `${self.location.origin}/tfjs-wasm/` },
  { progressAfterMs: Infinity },
);
const ctx = { signal: neverCancelled(), onProgress: () => undefined };

let threads = 1;
let weights: Map<string, Float32Array> | null = null;
let input: { values: Float32Array; shape: number[] } | null = null;

async function fetchBlob(url: string): Promise<Blob> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.blob();
}

const oracleInput = () => {
  if (!input) throw new Error('load first');
  return input;
};

const batches = new Map<number, Float32Array>();

/** One `run` request of the app's engine on `batch` images, the way Verify sends a batch. */
const runBatch = (batch: number) => {
  const { shape } = oracleInput();
  if (!batches.has(batch))
    batches.set(batch, nhwcRepeat({ name: 'input', dtype: 'float32', ...oracleInput() }, batch));
  const inputs = [{ tensor: { values: batches.get(batch)!, shape: [batch, ...shape.slice(1)] } }];
  return engine.run({ backend: 'wasm', threads, inputs }, ctx);
};

const handlers: Handlers<PeerEngineCatalogue> = {
  async load(params) {
    const files = [
      blobByteSource(await fetchBlob(ORACLE_URLS.index), `${FILE}.index`),
      blobByteSource(await fetchBlob(ORACLE_URLS.data), `${FILE}.data-00000-of-00001`),
    ];
    const reader = await openCheckpoint(files);
    const loaded = await loadNasnetWeights(reader, modelGraph(MODEL, 'inference').variables, null);
    assertComplete(loaded.report, FILE);
    weights = loaded.values;
    const names = [...weights.keys()];
    await engine.install(
      { model: MODEL, names, values: names.map((n) => weights!.get(n)!), file: FILE },
      ctx,
    );
    const bytes = new Uint8Array(await (await fetchBlob(ORACLE_URLS.input)).arrayBuffer());
    const npy = decodeNpy(bytes, 'input.npy');
    input = { values: npy.values as Float32Array, shape: npy.shape };
    const ready = await engine.prepare({ backend: 'wasm', threads: params.threads }, ctx);
    threads = ready.threads;
    return { threads, detail: `TF.js ${ready.backend} (${threads > 1 ? 'threaded SIMD' : 'SIMD'} binary)` };
  },

  async check() {
    const result = await runBatch(oracleInput().shape[0]!);
    return { logits: Array.from(result.logits) };
  },

  async time({ batch, runs }) {
    const perImageMs: number[] = [];
    const latencyPerImageMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await runBatch(batch);
      if (!result.timings) throw new Error('no forward timing on WASM');
      perImageMs.push(result.timings.forwardMs / batch);
      latencyPerImageMs.push(result.latencyMs / batch);
    }
    return { perImageMs, latencyPerImageMs };
  },

  async profile({ batch, passes }) {
    if (!weights) throw new Error('load first');
    // The program the engine compiled, on a runner of its own (the engine keeps its runner private).
    const runner = new NasnetRunner(compileModel(MODEL, weightLookup(weights, FILE)));
    try {
      profileStepKinds(runner, 1, batch); // a new runner's first pass uploads and plans
      const { fastestPassMs, ...kinds } = profileStepKinds(runner, passes, batch);
      return {
        ...perImage(kinds, batch),
        wholeMs: fastestPassMs / batch,
        source:
          "Slimscope's steps, timed between steps (ops run synchronously); run = forward + logits download",
      };
    } finally {
      runner.dispose();
    }
  },
};

serveRequests<PeerEngineCatalogue>(
  self as unknown as MessagePortLike<ToWorker<PeerEngineCatalogue>, FromWorker>,
  handlers,
);

import type { BackendName } from '../inference/backendNames';
import type { InferenceCatalogue } from '../workers/inference/inferenceEngine';
import type { FromWorker, MessagePortLike, ToWorker } from '../workers/rpc/protocol';
import { serveRequests } from '../workers/rpc/serve';
import { createLazyLoopbackClient, createWorkerClient, type WorkerClient } from '../workers/rpc/workerClient';

export type InferenceClient = WorkerClient<InferenceCatalogue>;

let inThread: InferenceClient | null = null;
let worker: InferenceClient | null = null;

/** TF.js is loaded into the page only when a backend has to run here; calls wait for it. */
function inThreadClient(): InferenceClient {
  if (inThread) return inThread;
  inThread = createLazyLoopbackClient<InferenceCatalogue>((port) =>
    Promise.all([
      import('../workers/inference/inferenceEngine'),
      import('../inference/browserWasmPaths'),
    ]).then(([{ inferenceHandlers }, { BROWSER_WASM_PATHS }]) =>
      serveRequests<InferenceCatalogue>(port, inferenceHandlers({ wasmPaths: BROWSER_WASM_PATHS })),
    ),
  );
  return inThread;
}

function workerClient(): InferenceClient {
  if (worker) return worker;
  try {
    const w = new Worker(new URL('../workers/inference/inference.worker.ts', import.meta.url), {
      type: 'module',
      name: 'inference',
    });
    worker = createWorkerClient<InferenceCatalogue>(
      w as unknown as MessagePortLike<FromWorker, ToWorker<InferenceCatalogue>>,
    );
  } catch {
    worker = inThreadClient();
  }
  return worker;
}

let webglInWorker = true;

/**
 * Where a backend runs: in the inference worker, so the page never blocks (WebGL there draws on an
 * OffscreenCanvas). Where WebGL cannot start in a worker, it runs in the page instead: GPU work is
 * queued, so only shader compilation on the first run holds the thread.
 */
export function inferenceClientFor(backend: BackendName): InferenceClient {
  if (typeof Worker === 'undefined' || (backend === 'webgl' && !webglInWorker)) return inThreadClient();
  return workerClient();
}

/** Called when WebGL failed to start in the worker: later WebGL runs use the page. */
export function webglWorkerFailed(): boolean {
  if (!webglInWorker) return false;
  webglInWorker = false;
  return true;
}

import type { BackendName } from '../inference/backend';
import { BROWSER_WASM_PATHS } from '../inference/browserWasmPaths';
import { inferenceHandlers, type InferenceCatalogue } from './inferenceEngine';
import type { FromWorker, MessagePortLike, ToWorker } from './protocol';
import { serveRequests } from './serve';
import { createLoopback, createWorkerClient, type WorkerClient } from './workerClient';

export type InferenceClient = WorkerClient<InferenceCatalogue>;

let inThread: InferenceClient | null = null;
let worker: InferenceClient | null = null;

function inThreadClient(): InferenceClient {
  if (inThread) return inThread;
  const [mainSide, engineSide] = createLoopback<ToWorker<InferenceCatalogue>, FromWorker>();
  serveRequests<InferenceCatalogue>(engineSide, inferenceHandlers({ wasmPaths: BROWSER_WASM_PATHS }));
  inThread = createWorkerClient<InferenceCatalogue>(mainSide);
  return inThread;
}

function workerClient(): InferenceClient {
  if (worker) return worker;
  try {
    const w = new Worker(new URL('./inference.worker.ts', import.meta.url), {
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

/**
 * Where a backend runs: WebGL in the page (GPU work is queued, so the thread stays free, and WebGL in
 * workers is not reliable everywhere); WASM and CPU in a worker, since their kernels run on the CPU
 * thread that calls them.
 */
export function inferenceClientFor(backend: BackendName): InferenceClient {
  return backend === 'webgl' || typeof Worker === 'undefined' ? inThreadClient() : workerClient();
}

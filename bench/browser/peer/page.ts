// The browser peer bench's page: one module worker per engine and thread count (ONNX Runtime fixes
// its thread pool when its WASM starts; TF.js would restart its module, so each keeps its own),
// driven by the bench through `globalThis.peerBench`. The page itself only relays messages.
import type { FromWorker, MessagePortLike, ToWorker } from '../../../src/workers/rpc/protocol';
import { createWorkerClient, type WorkerClient } from '../../../src/workers/rpc/workerClient';
import type { PeerBenchApi, PeerEngine, PeerEngineCatalogue } from './protocol';

const clients = new Map<string, WorkerClient<PeerEngineCatalogue>>();
const key = (engine: PeerEngine, threads: number) => `${engine}/${threads}`;

function client(engine: PeerEngine, threads: number): WorkerClient<PeerEngineCatalogue> {
  const found = clients.get(key(engine, threads));
  if (!found) throw new Error(`no ${engine} worker on ${threads} thread(s): start it first`);
  return found;
}

/** Rejects when the worker's script fails (it would otherwise never answer). */
function failure(worker: Worker, engine: PeerEngine): Promise<never> {
  return new Promise((_, reject) => {
    worker.addEventListener('error', (e) =>
      reject(new Error(`${engine} worker failed: ${e.message ?? 'its script did not load'}`)),
    );
  });
}

const api: PeerBenchApi = {
  async start(engine, threads) {
    const worker = new Worker(`/${engine}.worker.js`, { type: 'module', name: key(engine, threads) });
    const port = worker as unknown as MessagePortLike<FromWorker, ToWorker<PeerEngineCatalogue>>;
    const rpc = createWorkerClient<PeerEngineCatalogue>(port);
    clients.set(key(engine, threads), rpc);
    return Promise.race([rpc.call('load', { threads }), failure(worker, engine)]);
  },
  call: (engine, threads, kind, params) => client(engine, threads).call(kind, params),
};

(globalThis as { peerBench?: PeerBenchApi }).peerBench = api;

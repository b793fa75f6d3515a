import type { LayoutRequest, LayoutResult } from '../workers/layout/layoutGraph';
import type { LayoutCatalogue } from '../workers/layout/layoutService';
import type { FromWorker, MessagePortLike, ToWorker } from '../workers/rpc/protocol';
import { serveRequests } from '../workers/rpc/serve';
import { createLoopback, createWorkerClient, type WorkerClient } from '../workers/rpc/workerClient';

type Client = WorkerClient<LayoutCatalogue>;

let client: Promise<Client> | null = null;
let workerBroken = false;

/** ELK (1.5 MB) is loaded into the page only when no worker can run it. */
async function inThreadClient(): Promise<Client> {
  const { layoutHandlers } = await import('../workers/layout/layoutService');
  const [mainSide, workerSide] = createLoopback<ToWorker<LayoutCatalogue>, FromWorker>();
  serveRequests<LayoutCatalogue>(workerSide, layoutHandlers);
  return createWorkerClient<LayoutCatalogue>(mainSide);
}

function startClient(): Promise<Client> {
  if (typeof Worker === 'undefined' || workerBroken) return inThreadClient();
  try {
    const worker = new Worker(new URL('../workers/layout/layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'layout',
    });
    const c = createWorkerClient<LayoutCatalogue>(
      worker as unknown as MessagePortLike<FromWorker, ToWorker<LayoutCatalogue>>,
    );
    const started = Promise.resolve(c);
    // A worker that fails to load must not leave requests hanging: they are retried in-thread.
    worker.addEventListener('error', () => {
      workerBroken = true;
      if (client === started) client = null;
      c.dispose();
    });
    return started;
  } catch {
    workerBroken = true;
    return inThreadClient();
  }
}

/** Lays out a graph with ELK in the layout worker (in-thread where workers are unavailable). */
export async function requestLayout(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutResult> {
  const options = signal ? { signal } : {};
  client ??= startClient();
  try {
    return await (await client).call('layout', request, options);
  } catch (e) {
    if (!workerBroken || signal?.aborted) throw e;
    client ??= startClient();
    return (await client).call('layout', request, options);
  }
}

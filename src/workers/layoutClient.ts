import type { LayoutRequest, LayoutResult } from './layoutGraph';
import type { FromWorker, MessagePortLike, ToWorker } from './protocol';
import { serveRequests } from './serve';
import { createLoopback, createWorkerClient, type WorkerClient } from './workerClient';
import { layoutHandlers, type LayoutCatalogue } from './layoutService';

let client: WorkerClient<LayoutCatalogue> | null = null;

function inThreadClient(): WorkerClient<LayoutCatalogue> {
  const [mainSide, workerSide] = createLoopback<ToWorker<LayoutCatalogue>, FromWorker>();
  serveRequests<LayoutCatalogue>(workerSide, layoutHandlers);
  return createWorkerClient<LayoutCatalogue>(mainSide);
}

function startClient(): WorkerClient<LayoutCatalogue> {
  if (typeof Worker === 'undefined') return inThreadClient();
  try {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    // A worker that fails to load falls back to in-thread layout for the next request.
    worker.addEventListener('error', () => {
      client = inThreadClient();
    });
    return createWorkerClient<LayoutCatalogue>(
      worker as unknown as MessagePortLike<FromWorker, ToWorker<LayoutCatalogue>>,
    );
  } catch {
    return inThreadClient();
  }
}

/** Lays out a graph with ELK in the layout worker (in-thread where workers are unavailable). */
export function requestLayout(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutResult> {
  client ??= startClient();
  return client.call('layout', request, signal ? { signal } : {});
}

import type { CheckpointCatalogue } from '../workers/checkpoint/checkpointCatalogue';
import { createLazyLoopbackClient, createWorkerClient, type WorkerClient } from '../workers/rpc/workerClient';

let client: WorkerClient<CheckpointCatalogue> | null = null;

/**
 * The checkpoint worker (reading, statistics, matching). Where module workers are unavailable the
 * same handlers run in this thread over a loopback port.
 */
export function checkpointClient(): WorkerClient<CheckpointCatalogue> {
  if (client) return client;
  try {
    const worker = new Worker(new URL('../workers/checkpoint/checkpoint.worker.ts', import.meta.url), {
      type: 'module',
      name: 'checkpoint',
    });
    client = createWorkerClient<CheckpointCatalogue>(worker);
  } catch {
    client = createLazyLoopbackClient<CheckpointCatalogue>((port) =>
      import('../workers/checkpoint/checkpointService').then(({ serveCheckpointRequests }) =>
        serveCheckpointRequests(port),
      ),
    );
  }
  return client;
}

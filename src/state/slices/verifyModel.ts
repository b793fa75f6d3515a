import type { BackendName } from '../../inference/backendNames';
import type { ModelName } from '../../model/catalogue';
import { isSlimscopeError } from '../../base/errors';
import type { Progress } from '../../base/progress';
import { inferenceClientFor, webglWorkerFailed, type InferenceClient } from '../inferenceClient';
import type { BatchResult, ModelInput } from '../../workers/inference/inferenceEngine';
import type { EndpointsResult } from '../../inference/endpointsReference';

export type { BatchResult, ModelInput };

/**
 * The weights Verify runs with, kept here (plain arrays, never in the store) so either engine — the
 * in-page one for WebGL, the worker for WASM/CPU — can be given them when it is first used.
 */
interface Weights {
  version: number;
  model: ModelName;
  numClasses: number;
  names: string[];
  values: Float32Array[];
  file: string;
}

let weights: Weights | null = null;
let nextVersion = 1;
const installed = new Map<InferenceClient, number>();

export function setWeights(
  model: ModelName,
  numClasses: number,
  names: string[],
  values: Float32Array[],
  file: string,
): void {
  releaseWeights();
  weights = { version: nextVersion++, model, numClasses, names, values, file };
}

export function releaseWeights(): void {
  weights = null;
  for (const client of installed.keys()) void client.call('release', {}).catch(() => undefined);
  installed.clear();
}

/** Starts a backend in its engine ahead of any run; the answer is the backend (and threads) in use. */
export async function prepareBackend(
  backend: BackendName,
  threads: number,
): Promise<{ backend: BackendName; threads: number }> {
  try {
    return await inferenceClientFor(backend).call('prepare', { backend, threads });
  } catch (e) {
    if (backend === 'webgl' && isSlimscopeError(e) && e.code === 'UNSUPPORTED' && webglWorkerFailed()) {
      return inferenceClientFor(backend).call('prepare', { backend, threads });
    }
    throw e;
  }
}

/** Runs one batch on `backend`, installing the weights in that engine first when needed. */
export async function runBatch(
  backend: BackendName,
  threads: number,
  inputs: ModelInput[],
  onProgress?: (p: Progress) => void,
): Promise<BatchResult> {
  try {
    return await runOn(inferenceClientFor(backend), backend, threads, inputs, onProgress);
  } catch (e) {
    // WebGL may be unavailable in workers (no OffscreenCanvas WebGL): retry it in the page.
    if (backend === 'webgl' && isSlimscopeError(e) && e.code === 'UNSUPPORTED' && webglWorkerFailed()) {
      return runOn(inferenceClientFor(backend), backend, threads, inputs, onProgress);
    }
    throw e;
  }
}

/** Runs the inputs again in `backend`'s engine and compares their end points with a reference .npz. */
export async function compareEndpointsOn(
  backend: BackendName,
  inputs: ModelInput[],
  reference: Blob,
  referenceFile: string,
): Promise<EndpointsResult> {
  const client = inferenceClientFor(backend);
  await installIn(client);
  return client.call('compareEndpoints', { backend, inputs, reference, referenceFile });
}

async function installIn(client: InferenceClient): Promise<void> {
  if (weights && installed.get(client) !== weights.version) {
    const { model, numClasses, names, values, file } = weights;
    await client.call('install', { model, numClasses, names, values, file });
    installed.set(client, weights.version);
  }
}

async function runOn(
  client: InferenceClient,
  backend: BackendName,
  threads: number,
  inputs: ModelInput[],
  onProgress?: (p: Progress) => void,
): Promise<BatchResult> {
  await installIn(client);
  return client.call('run', { backend, threads, inputs }, onProgress ? { onProgress } : {});
}

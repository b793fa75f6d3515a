import type { BackendName } from '../../inference/backendNames';
import type { ModelName } from '../../model/catalogue';
import { SlimscopeError, isSlimscopeError } from '../../base/errors';
import type { Progress } from '../../base/progress';
import { inferenceClientFor, webglWorkerFailed, type InferenceClient } from '../inferenceClient';
import type { BatchResult, ModelInput } from '../../workers/inference/inferenceEngine';
import type { EndpointsResult } from '../../inference/endpointsReference';
import type { MappedWeights } from '../../workers/checkpoint/inferenceWeights';

export type { BatchResult, ModelInput };

/**
 * Reads the mapped weights in the checkpoint worker and posts them on `port` (transferred, see
 * `MappedWeightsParams.port`); answers what was read, without the values.
 */
export type ReadWeightsTo = (port: MessagePort) => Promise<MappedWeights>;

/**
 * The weights Verify runs with: only their names and how to read them again. The values go from the
 * checkpoint worker to one engine without a copy on the page; when another engine is used (WebGL
 * falling back to the page, a switch between the worker and the page) they are read again.
 */
interface Weights {
  version: number;
  model: ModelName;
  numClasses: number;
  names: string[];
  file: string;
  read: ReadWeightsTo;
}

let weights: Weights | null = null;
let nextVersion = 1;
const installed = new Map<InferenceClient, number>();

export function releaseWeights(): void {
  weights = null;
  for (const client of installed.keys()) void client.call('release', {}).catch(() => undefined);
  installed.clear();
}

/**
 * Reads the weights into the engine of `backend`; they are kept (as a way to read them again) only
 * when none is missing. Answers what was read (names, missing, unused; no values).
 */
export async function loadWeights(
  backend: BackendName,
  model: ModelName,
  numClasses: number,
  file: string,
  read: ReadWeightsTo,
  readAgain: ReadWeightsTo,
): Promise<MappedWeights> {
  releaseWeights();
  const client = inferenceClientFor(backend);
  const { result, installedIn } = await readInto(client, model, numClasses, file, read);
  if (result.missing.length === 0 && installedIn) {
    weights = { version: nextVersion++, model, numClasses, names: result.names, file, read: readAgain };
    installed.set(client, weights.version);
  }
  return result;
}

/** Both ends of one channel: the checkpoint worker posts on one, the engine listens on the other. */
async function readInto(
  client: InferenceClient,
  model: ModelName,
  numClasses: number,
  file: string,
  read: ReadWeightsTo,
): Promise<{ result: MappedWeights; installedIn: boolean }> {
  const channel = new MessageChannel();
  const installing = client.call(
    'installFromPort',
    { model, numClasses, file, port: channel.port2 },
    { transfer: [channel.port2] },
  );
  // The engine always settles: the checkpoint worker posts null on the port when its read fails,
  // and a read that never reached it (cancelled before it was sent) posts null from here.
  const reading = read(channel.port1).catch((e: unknown) => {
    channel.port1.postMessage(null);
    channel.port1.close();
    throw e;
  });
  const [result, done] = await Promise.allSettled([reading, installing]);
  if (result.status === 'rejected') throw result.reason;
  if (done.status === 'rejected') throw done.reason;
  return { result: result.value, installedIn: done.value.installed };
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
    const w = weights;
    const { installedIn } = await readInto(client, w.model, w.numClasses, w.file, w.read);
    if (!installedIn) throw weightsGoneError();
    if (weights === w) installed.set(client, w.version);
  }
}

function weightsGoneError(): SlimscopeError {
  return new SlimscopeError({
    code: 'NOT_FOUND',
    file: '',
    problem: 'The weights could not be read again for this backend.',
    hint: 'Press "Load weights" again.',
  });
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

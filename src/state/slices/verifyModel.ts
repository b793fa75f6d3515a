import type { BackendName } from '../../inference/backendNames';
import type { ModelName } from '../../model/catalogue';
import { SlimscopeError, isSlimscopeError } from '../../base/errors';
import type { Progress } from '../../base/progress';
import { inferenceClientFor, webglWorkerFailed, type InferenceClient } from '../inferenceClient';
import type { BatchResult, ModelInput } from '../../workers/inference/inferenceEngine';
import type { EndpointsResult } from '../../inference/endpointsReference';
import type { MappedWeights } from '../../workers/checkpoint/inferenceWeights';
import { isNoWeightsError } from '../../workers/inference/noWeights';

export type { BatchResult, ModelInput };

/**
 * Reads the mapped weights in the checkpoint worker and posts them on `port` (transferred, see
 * `MappedWeightsParams.port`); answers what was read, without the values.
 */
export type ReadWeightsTo = (port: MessagePort) => Promise<MappedWeights>;

/**
 * The weights Verify runs with: only their names and how to read them again. The values go from the
 * checkpoint worker to one engine, and there onto one backend, without a copy on the page or in the
 * engine; when another engine or backend is used (WebGL falling back to the page, a switch between
 * the worker and the page, another backend or thread count) they are read again.
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
  threads?: number,
): Promise<MappedWeights> {
  releaseWeights();
  const client = inferenceClientFor(backend);
  const target = { backend, ...(threads ? { threads } : {}) };
  const { result, installedIn } = await readInto(client, target, model, numClasses, file, read);
  if (result.missing.length === 0 && installedIn) {
    weights = { version: nextVersion++, model, numClasses, names: result.names, file, read: readAgain };
    installed.set(client, weights.version);
  }
  return result;
}

/** Where weights are installed: a backend, and for WASM how many threads (default: the engine's). */
interface Target {
  backend: BackendName;
  threads?: number;
}

/** Both ends of one channel: the checkpoint worker posts on one, the engine listens on the other. */
async function readInto(
  client: InferenceClient,
  target: Target,
  model: ModelName,
  numClasses: number,
  file: string,
  read: ReadWeightsTo,
): Promise<{ result: MappedWeights; installedIn: boolean }> {
  const channel = new MessageChannel();
  const installing = client.call(
    'installFromPort',
    { model, numClasses, file, ...target, port: channel.port2 },
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
  // An engine failure says more than the read it stopped.
  if (done.status === 'rejected') throw done.reason;
  if (result.status === 'rejected') throw result.reason;
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
  return withWeights(client, { backend }, () =>
    client.call('compareEndpoints', { backend, inputs, reference, referenceFile }),
  );
}

/**
 * Calls `fn` with the weights installed in `client`'s engine on `target`: sent there first when that
 * engine never had them, and again when it answers it has none (its backend changed since).
 */
async function withWeights<T>(client: InferenceClient, target: Target, fn: () => Promise<T>): Promise<T> {
  await installIn(client, target);
  try {
    return await fn();
  } catch (e) {
    if (!weights || !isNoWeightsError(e)) throw e;
    installed.delete(client);
    await installIn(client, target);
    return fn();
  }
}

async function installIn(client: InferenceClient, target: Target): Promise<void> {
  if (weights && installed.get(client) !== weights.version) {
    const w = weights;
    const { installedIn } = await readInto(client, target, w.model, w.numClasses, w.file, w.read);
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
  return withWeights(client, { backend, threads }, () =>
    client.call('run', { backend, threads, inputs }, onProgress ? { onProgress } : {}),
  );
}

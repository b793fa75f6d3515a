import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { BackendName } from '../../inference/backendNames';
import { decodeNpy } from '../../formats/numpy/npy';
import { COMPARE_TOLERANCE, compareLogits } from '../../inference/compareLogits';
import { checkpointClient } from '../checkpointClient';
import { currentMappingDocument } from '../actions/mappingActions';
import { runTask } from '../actions/runTask';
import { getState } from '../store';
import { NO_WEIGHTS, type RunProvenance, type VerifyInputView } from './verifySlice';
import { loadWeights, prepareBackend, releaseWeights, runBatch, type ModelInput } from './verifyModel';

/** Logits and inputs of each run, kept out of the store (only metadata lives there). */
const logitsByRun = new Map<number, Float32Array>();
const inputsByRun = new Map<number, ModelInput[]>();

/** The inputs a listed run was made with (to run them again for an end points check). */
export const runInputs = (runId: number): ModelInput[] | undefined => inputsByRun.get(runId);
let nextRunId = 1;

/**
 * What the weights would be loaded from now (checkpoint, model, class count, every pair): weights
 * and runs made from another source are stale.
 */
export function currentSourceKey(): string | null {
  const s = getState();
  if (!s.checkpoint) return null;
  const pairs =
    s.mapping?.pairs.map((p) => `${p.checkpoint}>${p.graph}:${p.transform ?? ''}`).join('|') ?? 'identity';
  return `${s.checkpoint.identity}:${s.model}:${s.numClasses}:${pairs.length}:${hash(pairs)}`;
}

/** What a run is made from, recorded on it (see VerifyRun.provenance). */
function currentProvenance(): RunProvenance | null {
  const s = getState();
  const sourceKey = currentSourceKey();
  if (!s.checkpoint || !sourceKey) return null;
  return {
    checkpoint: s.checkpoint.prefix,
    model: s.model,
    mode: s.mode,
    numClasses: s.numClasses,
    weights: s.mapping?.preferEma ? 'moving averages' : 'raw',
    mappingRevision: s.mappingRevision,
    sourceKey,
  };
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Reads the mapped weights in the checkpoint worker and compiles them into the model. */
export async function loadVerifyWeights(): Promise<boolean> {
  const s = getState();
  const checkpoint = s.checkpoint;
  if (!checkpoint) {
    s.setWeights({ ...NO_WEIGHTS, status: 'error', error: noCheckpointError().toJSON() });
    return false;
  }
  const { model, numClasses } = s;
  const sourceKey = currentSourceKey();
  const doc = currentMappingDocument();
  if (doc && (doc.model.name !== model || (doc.model.numClasses ?? numClasses) !== numClasses)) {
    const made = `${doc.model.name} (${doc.model.numClasses ?? '?'} classes)`;
    s.setWeights({
      ...NO_WEIGHTS,
      status: 'error',
      error: otherModelError(made, `${model} (${numClasses} classes)`).toJSON(),
    });
    return false;
  }
  s.setWeights({ ...NO_WEIGHTS, status: 'loading', model, numClasses, sourceKey });
  releaseWeights();
  const params = { handle: checkpoint.handle, model, numClasses, pairs: null, fromSession: doc !== null };
  // Later reads (for another engine, see verifyModel) run without a task or progress of their own.
  const readAgain = (port: MessagePort) =>
    checkpointClient().call('readMappedWeights', { ...params, port }, { transfer: [port] });
  const result = await runTask(
    {
      label: 'Loading weights into the model',
      cancellable: true,
      onError: (e) => getState().setWeights({ status: 'error', error: e.toJSON(), progress: null }),
    },
    (call) =>
      loadWeights(
        getState().backend,
        model,
        numClasses,
        checkpoint.prefix,
        (port) =>
          checkpointClient().call(
            'readMappedWeights',
            { ...params, port },
            {
              ...call,
              transfer: [port],
              onProgress: (p) => {
                call.onProgress?.(p);
                getState().setWeights({ progress: p });
              },
            },
          ),
        readAgain,
        getState().wasmThreads,
      ),
  );
  if (!result) {
    if (getState().weights.status === 'loading') getState().setWeights({ ...NO_WEIGHTS });
    return false;
  }
  if (result.missing.length > 0) {
    getState().setWeights({
      status: 'missing',
      missing: result.missing,
      loaded: result.names.length,
      progress: null,
    });
    return false;
  }
  getState().setWeights({ status: 'ready', loaded: result.names.length, progress: null });
  return true;
}

function otherModelError(matched: string, model: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_MAPPING',
    file: '',
    problem: `The mapping was made for ${matched}, but the model picked is ${model}.`,
    hint: `Pick ${matched} in the graph view, or match again for ${model}.`,
  });
}

function noCheckpointError(): SlimscopeError {
  return new SlimscopeError({
    code: 'NOT_FOUND',
    file: '',
    problem: 'No checkpoint is open.',
    hint: 'Open a checkpoint (or the demo) and match it to the graph first.',
  });
}

/** Picks the TF.js backend and starts it, so the backend in use is shown before any run. */
export async function chooseBackend(backend: BackendName): Promise<void> {
  const s = getState();
  s.setBackendChoice(backend);
  try {
    const inUse = await prepareBackend(backend, getState().wasmThreads);
    if (getState().backend === backend) getState().setBackendInUse(inUse.backend, inUse.threads);
    getState().setVerifyError(null);
  } catch (e) {
    getState().setVerifyError(toSlimscopeError(e).toJSON());
  }
}

/** Sets how many threads WASM may use; restarts WASM with them when it is the chosen backend. */
export async function chooseWasmThreads(threads: number): Promise<void> {
  getState().setWasmThreadsChoice(threads);
  if (getState().backend === 'wasm') await chooseBackend('wasm');
}

/** Runs inputs through the model as one batch, loading (or reloading stale) weights first. */
export async function runVerifyInputs(inputs: { view: VerifyInputView; input: ModelInput }[]): Promise<void> {
  const s = getState();
  if (s.running || inputs.length === 0) return;
  s.setRunning(true);
  s.setVerifyError(null);
  try {
    const w = getState().weights;
    if (w.status !== 'ready' || w.sourceKey !== currentSourceKey()) {
      if (!(await loadVerifyWeights())) return;
    }
    const provenance = currentProvenance();
    getState().setRunProgress(null);
    const result = await runBatch(
      getState().backend,
      getState().wasmThreads,
      inputs.map((i) => i.input),
      (p) => getState().setRunProgress(p),
    );
    const backend = result.backend;
    getState().setBackendInUse(backend, result.threads);
    const id = nextRunId++;
    logitsByRun.set(id, result.logits);
    inputsByRun.set(
      id,
      inputs.map((i) => i.input),
    );
    const classes = result.logits.length / result.batch;
    getState().addRun({
      id,
      inputs: expandViews(inputs, result.batch),
      top: result.top,
      backend,
      threads: result.threads,
      latencyMs: result.latencyMs,
      timings: result.timings,
      cold: result.cold,
      stats: result.stats,
      logitsShape: [result.batch, classes],
      reference: null,
      provenance,
      endpoints: null,
    });
    for (const i of inputs) if (i.view.thumbnailUrl) thumbnails.set(i.view.thumbnailUrl, id);
    pruneRuns();
  } catch (e) {
    getState().setVerifyError(toSlimscopeError(e).toJSON());
  } finally {
    getState().setRunning(false);
    getState().setRunProgress(null);
  }
}

/** A preprocessed .npy batch gives one row per image; name them `file [i]`. */
function expandViews(
  inputs: { view: VerifyInputView; input: ModelInput }[],
  batch: number,
): VerifyInputView[] {
  if (inputs.length === batch) return inputs.map((i) => i.view);
  return inputs.flatMap(({ view, input }) => {
    const n = 'tensor' in input && input.tensor.shape.length === 4 ? (input.tensor.shape[0] ?? 1) : 1;
    return n === 1 ? [view] : Array.from({ length: n }, (_, k) => ({ ...view, name: `${view.name} [${k}]` }));
  });
}

/** Drops logits and thumbnails of runs no longer listed (the list keeps the newest few). */
function pruneRuns(): void {
  const live = new Set(getState().runs.map((r) => r.id));
  for (const id of [...logitsByRun.keys()]) if (!live.has(id)) logitsByRun.delete(id);
  for (const id of [...inputsByRun.keys()]) if (!live.has(id)) inputsByRun.delete(id);
  for (const url of [...thumbnails.keys()]) {
    if (!live.has(thumbnails.get(url)!)) {
      URL.revokeObjectURL(url);
      thumbnails.delete(url);
    }
  }
}

/** Object URL of a run's input thumbnail → the run showing it. */
const thumbnails = new Map<string, number>();

export function clearVerifyRuns(): void {
  getState().clearRuns();
  getState().setDivergingCell(null);
  pruneRuns();
}

/** Compares a run's logits with reference logits (`.npy` from the user's own TF run). */
export async function compareWithReference(runId: number, file: File): Promise<void> {
  const run = getState().runs.find((r) => r.id === runId);
  const logits = logitsByRun.get(runId);
  if (!run || !logits) return;
  try {
    const ref = decodeNpy(new Uint8Array(await file.arrayBuffer()), file.name);
    const refValues =
      ref.values instanceof Float32Array ? ref.values : Float32Array.from(ref.values as Float64Array);
    const comparison = compareLogits(
      logits,
      run.logitsShape,
      refValues,
      ref.shape,
      COMPARE_TOLERANCE[run.backend],
      file.name,
    );
    getState().updateRun(runId, { reference: { file: file.name, comparison, error: null } });
  } catch (e) {
    getState().updateRun(runId, {
      reference: { file: file.name, comparison: null, error: toSlimscopeError(e, file.name).toJSON() },
    });
  }
}

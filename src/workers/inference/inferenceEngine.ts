import * as tf from '@tensorflow/tfjs-core';
import { backendThreads, isActiveBackend, useBackend, type BackendOptions } from '../../inference/backend';
import type { BackendName } from '../../inference/backendNames';
import { classify, loadedParts, type ClassifyResult, type LoadedNasnet } from '../../inference/nasnetModel';
import { blobByteSource } from '../../formats/bytes/blobByteSource';
import {
  compareRunEndpoints,
  readEndpointArrays,
  type EndpointsResult,
} from '../../inference/endpointsReference';
import { preprocessInception, type RgbImage } from '../../inference/preprocess';
import { compileModel, modelGraph, type ModelName } from '../../model/catalogue';
import { weightLookup } from '../../model/nasnet/compile';
import { NasnetRunner } from '../../model/nasnet/forward';
import type { NasnetProgram } from '../../model/nasnet/programTypes';
import { noWeightsError } from './noWeights';
import { installStreamed } from './streamedInstall';
import type { Method } from '../rpc/protocol';
import type { Handlers, RequestContext } from '../rpc/serve';
import { decodeImageBlob } from './decodeImage';
import { warmUpJit } from '../../inference/jitWarmUp';

/**
 * One model input: an image file (decoded and preprocessed here), decoded pixels (preprocessed
 * here) or an already preprocessed NHWC tensor.
 */
export type ModelInput =
  | { encoded: Blob; name: string }
  | { image: RgbImage }
  | { tensor: { values: Float32Array; shape: number[] } };

export interface BatchResult extends Omit<ClassifyResult, 'endpoints'> {
  backend: BackendName;
  /** Threads the backend computed on (above 1 only for threaded WASM). */
  threads: number;
  latencyMs: number;
  /** The first run on this backend since it started (includes shader compilation or WASM tier-up). */
  cold: boolean;
}

export type InferenceCatalogue = {
  /** Compiles the inference graph with these weights (batch norm folded); replaces any model. */
  install: Method<
    { model: ModelName; numClasses?: number; names: string[]; values: Float32Array[]; file: string },
    null
  >;
  /**
   * Starts `backend` (with up to `threads` WASM threads), then takes the weights arriving on `port`
   * straight from the checkpoint worker's `readMappedWeights` (chunks, buffers transferred),
   * compiling and uploading each to the backend as it comes: no copy of the weights stays in JS
   * memory. `installed` is false when none came (read failed, was cancelled or has missing
   * weights), and any model is then released. A later backend switch releases these weights: runs
   * then fail with `NO_WEIGHTS_PROBLEM` until they are sent again.
   */
  installFromPort: Method<
    {
      model: ModelName;
      numClasses?: number;
      backend: BackendName;
      threads?: number;
      port: MessagePort;
      file: string;
    },
    { installed: boolean }
  >;
  /** Runs the inputs as one batch on `backend` (switching to it first). */
  run: Method<{ backend: BackendName; threads?: number; inputs: ModelInput[] }, BatchResult>;
  release: Method<Record<string, never>, null>;
  /**
   * Runs the inputs again keeping the end points a reference `.npz` names, and compares each (and
   * the logits) with it: the first end point in graph order beyond tolerance is named.
   */
  compareEndpoints: Method<
    { backend: BackendName; threads?: number; inputs: ModelInput[]; reference: Blob; referenceFile: string },
    EndpointsResult
  >;
  /**
   * Starts `backend` now (so the one in use can be shown before any run) with up to `threads`
   * threads for WASM; answers the one active and the threads it really uses.
   */
  prepare: Method<{ backend: BackendName; threads?: number }, { backend: BackendName; threads: number }>;
};

export interface EngineOptions {
  /** A run reports progress only once it has taken this long (default 250 ms). */
  progressAfterMs?: number;
}

const PROGRESS_EVERY_MS = 100;

/** The model Verify runs; the compiled program is kept so a backend switch only re-uploads. */
class Engine {
  private model: ModelName | null = null;
  private program: NasnetProgram | null = null;
  private loaded: LoadedNasnet | null = null;
  private numClasses = 0;
  /** Backends that have run once (shaders compiled). */
  private readonly warm = new Set<BackendName>();

  constructor(
    private readonly backendOptions: BackendOptions,
    private readonly progressAfterMs: number,
  ) {}

  /** Compiles with weights given in full; they are kept here and uploaded on the first run. */
  install(
    model: ModelName,
    numClasses: number | undefined,
    names: string[],
    values: Float32Array[],
    file: string,
  ): void {
    this.release();
    const byName = new Map(names.map((n, i) => [n, values[i]!]));
    this.program = compileModel(model, weightLookup(byName, file), numClasses ? { numClasses } : {});
    this.model = model;
    this.numClasses = modelGraph(model, 'inference', numClasses).numClasses;
  }

  /**
   * Compiles and uploads the weights arriving on `port` chunk by chunk on `backend`; no backend
   * switch happens meanwhile. Nothing is kept on the host: a later switch needs them sent again.
   */
  installFromPort(
    model: ModelName,
    numClasses: number | undefined,
    backend: BackendName,
    threads: number | undefined,
    port: MessagePort,
    file: string,
  ): Promise<boolean> {
    const next = this.switching.then(async () => {
      this.release();
      await this.switchTo(backend, threads ?? this.threads);
      this.loaded = await installStreamed(model, numClasses, port, file);
      if (!this.loaded) return false;
      await warmUpOnWasm(this.loaded);
      this.model = model;
      this.numClasses = this.loaded.numClasses;
      return true;
    });
    this.switching = next.catch(() => undefined);
    return next;
  }

  release(): void {
    this.loaded?.dispose();
    this.loaded = null;
    this.program = null;
    this.model = null;
  }

  private threads: number | undefined;
  /** Backend switches run one at a time: two overlapping tf.setBackend calls leave either active. */
  private switching: Promise<unknown> = Promise.resolve();

  prepare(backend: BackendName, threads = this.threads): Promise<BackendName> {
    const next = this.switching.then(() => this.switchTo(backend, threads));
    this.switching = next.catch(() => undefined);
    return next;
  }

  private async switchTo(backend: BackendName, threads: number | undefined): Promise<BackendName> {
    this.threads = threads;
    const options = { ...this.backendOptions, ...(threads ? { threads } : {}) };
    if (!isActiveBackend(backend, options)) {
      // The model's weights live on the backend: release them before it changes or restarts.
      this.loaded?.dispose();
      this.loaded = null;
      // A restarted backend (and WebGL, released when left) starts cold.
      this.warm.delete(backend);
      if (backend !== 'webgl') this.warm.delete('webgl');
      await useBackend(backend, options);
    }
    return backend;
  }

  private async ready(backend: BackendName, threads: number | undefined): Promise<LoadedNasnet> {
    await this.prepare(backend, threads ?? this.threads);
    if (this.loaded) return this.loaded;
    // Streamed weights live on one backend only: switching released them.
    if (!this.program || !this.model) throw noWeightsError();
    const runner = new NasnetRunner(this.program);
    const report = { loaded: 0, missing: [], unusedCheckpoint: [] };
    this.loaded = {
      ...loadedParts(this.model, this.numClasses),
      runner,
      report,
      dispose: () => runner.dispose(),
    };
    await warmUpOnWasm(this.loaded);
    return this.loaded;
  }

  async compareEndpoints(
    backend: BackendName,
    threads: number | undefined,
    inputs: readonly ModelInput[],
    reference: Blob,
    referenceFile: string,
  ): Promise<EndpointsResult> {
    const arrays = await readEndpointArrays(blobByteSource(reference, referenceFile));
    const loaded = await this.ready(backend, threads);
    const order = Object.keys(loaded.runner.program.endpoints);
    const batch = await inputBatch(inputs, loaded.config.imageSize);
    try {
      const result = await classify(loaded, batch, { endpoints: order.filter((n) => arrays.has(n)) });
      const { logits, endpoints } = result;
      return compareRunEndpoints(order, logits, result.batch, endpoints, arrays, backend, referenceFile);
    } finally {
      batch.dispose();
    }
  }

  async run(
    backend: BackendName,
    threads: number | undefined,
    inputs: readonly ModelInput[],
    onProgress?: RequestContext['onProgress'],
  ): Promise<BatchResult> {
    const loaded = await this.ready(backend, threads);
    const batch = await inputBatch(inputs, loaded.config.imageSize);
    try {
      const start = performance.now();
      // The first run on WebGL compiles a shader for every new op as it is dispatched.
      const phase =
        backend === 'webgl' && !this.warm.has(backend) ? 'Compiling shaders and dispatching' : 'Dispatching';
      // Quiet at first: a short run needs no progress, and every update repaints the page, which
      // on a GPU-less machine takes CPU time from the run itself. WebGL always says it waits for
      // the GPU: how long that takes is unknown when the last op is dispatched.
      let last = -Infinity;
      const onStep = (done: number, total: number) => {
        const now = performance.now();
        const final = done === total;
        const shown = now - start >= this.progressAfterMs;
        if (!shown && !(final && backend === 'webgl')) return;
        if (!final && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        if (shown) onProgress?.({ phase: `${phase} step ${done} of ${total}`, done, total });
        if (final)
          onProgress?.({
            phase: backend === 'webgl' ? 'Waiting for the GPU' : 'Reading results',
            done,
            total,
          });
      };
      const result = await classify(loaded, batch, { stats: true, onStep });
      const cold = !this.warm.has(backend);
      this.warm.add(backend);
      const { logits, predictions, top, stats, timings } = result;
      return {
        batch: result.batch,
        logits,
        predictions,
        top,
        stats,
        timings,
        backend,
        threads: await backendThreads(),
        latencyMs: performance.now() - start,
        cold,
      };
    } finally {
      batch.dispose();
    }
  }
}

async function inputBatch(inputs: readonly ModelInput[], size: number): Promise<tf.Tensor4D> {
  const decoded = await Promise.all(
    inputs.map(async (input) =>
      'encoded' in input ? { image: await decodeImageBlob(input.encoded, input.name) } : input,
    ),
  );
  return tf.tidy(() => {
    const parts = decoded.map((input) => {
      if ('image' in input) return tf.expandDims(preprocessInception(input.image, size), 0);
      const { values, shape } = input.tensor;
      return tf.tensor(values, shape.length === 3 ? [1, ...shape] : shape, 'float32');
    });
    return (parts.length === 1 ? parts[0] : tf.concat(parts, 0)) as tf.Tensor4D;
  });
}

/** WASM's first runs are JS-bound until V8 optimizes it (see `warmUpJit`); elsewhere there is no gain. */
async function warmUpOnWasm(loaded: LoadedNasnet): Promise<void> {
  if (tf.getBackend() !== 'wasm') return;
  // Best effort: weights released meanwhile (a new load, a backend switch) end it, and a real
  // failure shows in the run that follows.
  await warmUpJit(loaded, { size: Math.min(32, loaded.config.imageSize) }).catch(() => undefined);
}

/** Handlers of the inference engine: served by inference.worker.ts, or in-thread for WebGL. */
export function inferenceHandlers(
  backendOptions: BackendOptions = {},
  { progressAfterMs = 250 }: EngineOptions = {},
): Handlers<InferenceCatalogue> {
  const engine = new Engine(backendOptions, progressAfterMs);
  return {
    install: async ({ model, numClasses, names, values, file }) => (
      engine.install(model, numClasses, names, values, file),
      null
    ),
    installFromPort: async ({ model, numClasses, backend, threads, port, file }) => ({
      installed: await engine.installFromPort(model, numClasses, backend, threads, port, file),
    }),
    run: ({ backend, threads, inputs }, ctx) => engine.run(backend, threads, inputs, ctx.onProgress),
    compareEndpoints: ({ backend, threads, inputs, reference, referenceFile }) =>
      engine.compareEndpoints(backend, threads, inputs, reference, referenceFile),
    release: async () => (engine.release(), null),
    prepare: async ({ backend, threads }) => ({
      backend: await engine.prepare(backend, threads),
      threads: await backendThreads(),
    }),
  };
}

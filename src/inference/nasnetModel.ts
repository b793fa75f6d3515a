import * as tf from '@tensorflow/tfjs-core';
import { SlimscopeError } from '../base/errors';
import type { CancelSignal, ProgressCallback } from '../base/progress';
import type { CheckpointReader, TensorData } from '../formats/checkpoint';
import { modelEntry, modelGraph, type ModelEntry, type ModelName } from '../model/catalogue';
import { compileNasnet, weightLookup } from '../model/nasnet/compile';
import { NasnetRunner } from '../model/nasnet/forward';
import {
  assertComplete,
  loadNasnetWeights,
  type WeightAssignment,
  type WeightLoadReport,
} from '../model/nasnet/weights';
import { ActivationStatsCollector, statsPlaceFor, type ActivationStats } from './activationStats';
import { classLabels, rows, topK, type Prediction } from './classify';

export interface LoadNasnetOptions {
  /** Checkpoint → graph assignments; graph variables not named here use their own name. */
  assignments?: readonly WeightAssignment[] | null;
  /** TF-Slim's `num_classes` (default: the model's released class count). */
  numClasses?: number;
  /** Fold batch norm into the convs (default true; false keeps explicit BN, for checking). */
  foldBatchNorm?: boolean;
  onProgress?: ProgressCallback;
  signal?: CancelSignal;
}

/** A catalogued model in inference mode with weights on the active backend. Call `dispose()` when done. */
export interface LoadedNasnet {
  config: ModelEntry;
  numClasses: number;
  /** One label per class, following the class layout (1001 with background, 1000, CIFAR-10…). */
  labels: readonly string[];
  runner: NasnetRunner;
  report: WeightLoadReport;
  dispose(): void;
}

/** Reads the weights (checked), compiles the graph and uploads it to the active backend. */
export async function loadNasnet(
  reader: CheckpointReader,
  model: ModelName,
  options: LoadNasnetOptions = {},
): Promise<LoadedNasnet> {
  const graph = modelGraph(model, 'inference', options.numClasses);
  const { values, report } = await loadNasnetWeights(
    reader,
    graph.variables,
    options.assignments ?? null,
    options,
  );
  assertComplete(report, reader.prefix);
  const program = compileNasnet(graph, weightLookup(values, reader.prefix), {
    foldBatchNorm: options.foldBatchNorm ?? true,
  });
  values.clear();
  const runner = new NasnetRunner(program);
  return { ...loadedParts(model, graph.numClasses), runner, report, dispose: () => runner.dispose() };
}

/** The catalogue entry, class count and labels of a loaded model. */
export function loadedParts(
  model: ModelName,
  numClasses: number,
): Pick<LoadedNasnet, 'config' | 'numClasses' | 'labels'> {
  const config = modelEntry(model);
  return { config, numClasses, labels: classLabels(numClasses, config.dataset) };
}

export interface ClassifyOptions {
  /** End points to return as host arrays (e.g. for `--endpoints out.npz`). */
  endpoints?: readonly string[];
  /** Collect mean/std/min/max/NaN/Inf per end point. */
  stats?: boolean;
  /** Take any input size (the cells take any; the JIT warm-up runs a tiny one). Default: the model's. */
  anySize?: boolean;
  topK?: number;
  /**
   * Called after each step is dispatched with how many of how many. On WebGL the first run compiles
   * a shader per new op while dispatching, so this is its progress; the GPU then finishes while
   * the logits download.
   */
  onStep?: (done: number, total: number) => void;
}

export interface ClassifyResult {
  batch: number;
  /** [batch, classes] row-major. */
  logits: Float32Array;
  predictions: Float32Array;
  top: Prediction[][];
  endpoints: TensorData[];
  stats: ActivationStats[];
  /**
   * Where the time went, where that can be told apart: on WASM and CPU the statistics are computed
   * in JS between the forward pass's ops; on WebGL both share the GPU queue (null).
   */
  timings: { forwardMs: number; statsMs: number } | null;
}

function checkInput(loaded: LoadedNasnet, shape: readonly number[]): void {
  const s = loaded.config.imageSize;
  const [, h, w, c] = shape;
  if (shape.length !== 4 || h !== s || w !== s || c !== 3) {
    throw new SlimscopeError({
      code: 'SHAPE_MISMATCH',
      file: '',
      problem: `The input has shape [${shape.join(',')}], but ${loaded.config.label} takes [batch,${s},${s},3].`,
      hint: 'Pass a preprocessed NHWC batch of the model’s image size, or an image to preprocess.',
    });
  }
}

/** Runs a preprocessed float32 NHWC batch and downloads logits, top-k and requested extras. */
export async function classify(
  loaded: LoadedNasnet,
  input: tf.Tensor4D,
  options: ClassifyOptions = {},
): Promise<ClassifyResult> {
  if (!options.anySize) checkInput(loaded, input.shape);
  const start = performance.now();
  const collector = options.stats ? new ActivationStatsCollector() : null;
  const total = loaded.runner.program.steps.length;
  let done = 0;
  const onStep = options.onStep;
  const result = loaded.runner.run(input, {
    keepEndpoints: options.endpoints ?? [],
    ...(collector ? { onEndpoint: collector.onEndpoint } : {}),
    ...(onStep ? { onStep: () => onStep(++done, total) } : {}),
  });
  try {
    const logits = (await result.logits.data()) as Float32Array;
    const predictions = (await result.predictions.data()) as Float32Array;
    const endpoints: TensorData[] = [];
    for (const name of options.endpoints ?? []) {
      const t = result.endpoints[name];
      if (t)
        endpoints.push({ name, dtype: 'float32', shape: t.shape, values: (await t.data()) as Float32Array });
    }
    const batch = input.shape[0];
    const top = rows(logits, batch).map((row) => topK(row, options.topK ?? 5, loaded.labels));
    const stats = collector ? await collector.read() : [];
    const statsMs = collector?.elapsedMs ?? 0;
    const timings =
      statsPlaceFor(tf.getBackend()) === 'host'
        ? { forwardMs: performance.now() - start - statsMs, statsMs }
        : null;
    return { batch, logits, predictions, top, endpoints, stats, timings };
  } finally {
    for (const t of new Set(Object.values(result.endpoints))) t.dispose();
  }
}

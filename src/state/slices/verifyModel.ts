import * as tf from '@tensorflow/tfjs-core';
import { SlimscopeError } from '../../base/errors';
import { useBackend, type BackendName } from '../../inference/backend';
import { BROWSER_WASM_PATHS } from '../../inference/browserWasmPaths';
import { classify, type ClassifyResult, type LoadedNasnet } from '../../inference/nasnetModel';
import { preprocessInception, type RgbImage } from '../../inference/preprocess';
import { compileNasnet, weightLookup } from '../../model/nasnet/compile';
import { nasnetConfig, type NasnetModelName } from '../../model/nasnet/configs';
import { NasnetRunner } from '../../model/nasnet/forward';
import { nasnetGraph } from '../../model/nasnet/graph';
import type { NasnetProgram } from '../../model/nasnet/programTypes';

/**
 * The model Verify runs, on the main thread (WebGL queues work on the GPU, so dispatch is quick).
 * The compiled program is plain data and is kept so switching backends re-uploads without re-reading.
 */
interface Engine {
  model: NasnetModelName;
  program: NasnetProgram;
  loaded: LoadedNasnet | null;
}

let engine: Engine | null = null;

/** Makes `name` the TF.js backend; the weights follow on the next run. */
export async function switchBackend(name: BackendName): Promise<BackendName> {
  if (tf.getBackend() === name) return name;
  engine?.loaded?.dispose();
  if (engine) engine.loaded = null;
  return useBackend(name, { wasmPaths: BROWSER_WASM_PATHS });
}

/** Compiles the graph with the weights (batch norm folded) and drops any previous model. */
export function installWeights(
  model: NasnetModelName,
  names: string[],
  values: Float32Array[],
  file: string,
): void {
  disposeEngine();
  const byName = new Map(names.map((n, i) => [n, values[i]!]));
  const program = compileNasnet(nasnetGraph(model, 'inference'), weightLookup(byName, file));
  engine = { model, program, loaded: null };
}

export function disposeEngine(): void {
  engine?.loaded?.dispose();
  engine = null;
}

export function engineModel(): NasnetModelName | null {
  return engine?.model ?? null;
}

function loadedEngine(): LoadedNasnet {
  if (!engine) {
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: '',
      problem: 'No weights are loaded into the model.',
      hint: 'Press "Load weights" first.',
    });
  }
  if (!engine.loaded) {
    const runner = new NasnetRunner(engine.program);
    engine.loaded = {
      config: nasnetConfig(engine.model),
      runner,
      report: { loaded: 0, missing: [], unusedCheckpoint: [] },
      dispose: () => runner.dispose(),
    };
  }
  return engine.loaded;
}

/** One model input: a decoded image (preprocessed here) or an already preprocessed tensor. */
export type ModelInput = { image: RgbImage } | { tensor: { values: Float32Array; shape: number[] } };

function inputBatch(inputs: readonly ModelInput[], size: number): tf.Tensor4D {
  return tf.tidy(() => {
    const parts = inputs.map((input) => {
      if ('image' in input) return tf.expandDims(preprocessInception(input.image, size), 0);
      const { values, shape } = input.tensor;
      const nhwc = shape.length === 3 ? [1, ...shape] : shape;
      return tf.tensor(values, nhwc, 'float32');
    });
    return (parts.length === 1 ? parts[0] : tf.concat(parts, 0)) as tf.Tensor4D;
  });
}

export interface BatchResult extends ClassifyResult {
  latencyMs: number;
}

/** Runs the inputs as one batch with per-end-point statistics; the input tensor is freed. */
export async function runBatch(inputs: readonly ModelInput[]): Promise<BatchResult> {
  const loaded = loadedEngine();
  const batch = inputBatch(inputs, loaded.config.imageSize);
  try {
    const start = performance.now();
    const result = await classify(loaded, batch, { stats: true });
    return { ...result, latencyMs: performance.now() - start };
  } finally {
    batch.dispose();
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { SlimscopeError } from '../../base/errors';
import { heapExecutor } from './forwardOnHeap';
import { depthwiseByPieces, depthwisePieces, shiftedKernel, shiftedPads } from './forwardKernels';
import { PROGRAM_INPUT, type NasnetProgram, type Step, type WeightArray } from './programTypes';
import type { StepExecutor, StepWeights } from './stepExecutor';

export type { StepWeights } from './stepExecutor';
type Tensors = Record<string, tf.Tensor>;

export interface RunOptions {
  /** End point names whose tensors are returned (the caller disposes them). */
  keepEndpoints?: readonly string[];
  /**
   * Called with every end point as soon as it exists; the tensor is disposed afterwards unless
   * kept, so the callback must `tf.keep` anything it derives from it and wants to hold.
   */
  onEndpoint?: (name: string, value: tf.Tensor) => void;
  /**
   * Called after every step. For profiling: WASM and CPU run ops synchronously, so the time
   * between two calls is the step's.
   */
  onStep?: (step: Step) => void;
}

export interface RunnerOptions {
  /** Run 7x7 depthwise kernels as 5x5 + 5x5 + 2x2 + 2x2 pieces (default: on for the WASM backend). */
  splitDepthwise?: boolean;
  /**
   * Run 1x1 stride-1 convs as matrix products (default: on for the WASM backend, where TF.js keeps
   * a transposed copy of every conv kernel beside XNNPACK's packed one; a matrix product's weights
   * are packed straight from the tensor).
   */
  pointwiseMatMul?: boolean;
}

/** How steps are uploaded and run on the active backend. */
export interface Layout {
  splitDepthwise: boolean;
  pointwiseMatMul: boolean;
}

export interface RunResult {
  logits: tf.Tensor2D;
  predictions: tf.Tensor2D;
  endpoints: Record<string, tf.Tensor>;
}

const upload = (w: WeightArray): tf.Tensor => tf.tensor(w.values, w.shape, 'float32');
/** A [1, 1, in, out] kernel as the [in, out] matrix it is (same values, same order). */
const uploadMatrix = (w: WeightArray): tf.Tensor =>
  tf.tensor(w.values, [w.shape[2] ?? 0, w.shape[3] ?? 0], 'float32');

/** XNNPACK (WASM) gains from both; elsewhere one conv is cheaper, or the same. */
export function layoutFor(options: RunnerOptions = {}): Layout {
  const wasm = tf.getBackend() === 'wasm';
  return {
    splitDepthwise: options.splitDepthwise ?? wasm,
    pointwiseMatMul: options.pointwiseMatMul ?? wasm,
  };
}

const isPointwise = (step: Step & { kind: 'conv' }): boolean =>
  step.weights.shape[0] === 1 && step.weights.shape[1] === 1 && step.stride === 1 && !step.shifted;

/** Uploads one step's weights to the active backend, keyed by role. */
export function uploadStep(step: Step, layout: Layout): StepWeights {
  const pieces = layout.splitDepthwise && step.kind === 'separable' ? depthwisePieces(step.depthwise) : [];
  return { tensors: stepTensors(step, pieces.length > 0, layout.pointwiseMatMul), pieces };
}

function stepTensors(step: Step, depthwiseInPieces: boolean, matMul: boolean): Tensors {
  switch (step.kind) {
    case 'conv': {
      const filter =
        matMul && isPointwise(step)
          ? uploadMatrix(step.weights)
          : upload(step.shifted ? shiftedKernel(step.weights) : step.weights);
      return { filter, ...(step.bias ? { bias: tf.tensor1d(step.bias) } : {}) };
    }
    case 'separable':
      return {
        ...(depthwiseInPieces ? {} : { depthwise: upload(step.depthwise) }),
        pointwise: matMul ? uploadMatrix(step.pointwise) : upload(step.pointwise),
        ...(step.bias ? { bias: tf.tensor1d(step.bias) } : {}),
      };
    case 'affine':
      return { scale: tf.tensor1d(step.scale), offset: tf.tensor1d(step.offset) };
    case 'fc':
      return { weights: upload(step.weights), bias: tf.tensor1d(step.bias) };
    default:
      return {};
  }
}

const pad = (p: 'SAME' | 'VALID'): 'same' | 'valid' => (p === 'SAME' ? 'same' : 'valid');

/** A 1x1 stride-1 conv with its kernel as an [in, out] matrix: one matrix product over all pixels. */
function pointwise(
  x: tf.Tensor4D,
  filter: tf.Tensor2D,
  bias: tf.Tensor | undefined,
  activation: 'linear' | 'relu',
): tf.Tensor4D {
  const [b, h, w, c] = x.shape;
  const y = tf.fused.matMul({ a: tf.reshape(x, [b * h * w, c]), b: filter, bias, activation });
  return tf.reshape(y, [b, h, w, filter.shape[1]]);
}

/** Runs one step with TF.js ops (CPU, WebGL); called inside tf.tidy. */
function execute(step: Step, inputs: tf.Tensor[], { tensors: w, pieces }: StepWeights): tf.Tensor {
  const x = inputs[0] as tf.Tensor4D;
  switch (step.kind) {
    case 'conv':
      if (w.filter!.rank === 2) return pointwise(x, w.filter as tf.Tensor2D, w.bias, step.activation);
      return tf.fused.conv2d({
        x,
        filter: w.filter as tf.Tensor4D,
        strides: step.stride,
        pad: step.shifted ? shiftedPads(x.shape[1], x.shape[2], step.stride) : pad(step.padding),
        bias: w.bias,
        activation: step.activation,
      });
    case 'separable': {
      const dw =
        pieces.length > 0
          ? depthwiseByPieces(x, pieces, step.depthwise.shape[0] ?? 1, step.stride)
          : tf.depthwiseConv2d(x, w.depthwise as tf.Tensor4D, step.stride, 'same');
      if (w.pointwise!.rank === 2) return pointwise(dw, w.pointwise as tf.Tensor2D, w.bias, step.activation);
      return tf.fused.conv2d({
        x: dw,
        filter: w.pointwise as tf.Tensor4D,
        strides: 1,
        pad: 'valid',
        bias: w.bias,
        activation: step.activation,
      });
    }
    case 'affine':
      return tf.add(tf.mul(x, w.scale as tf.Tensor), w.offset as tf.Tensor);
    case 'relu':
      return tf.relu(x);
    case 'avg_pool':
      return tf.avgPool(x, step.kernel, step.stride, pad(step.padding));
    case 'max_pool':
      return tf.maxPool(x, step.kernel, step.stride, pad(step.padding));
    case 'shift': {
      const [b, h, wd, c] = x.shape;
      return tf.slice(
        tf.pad(x, [
          [0, 0],
          [0, 1],
          [0, 1],
          [0, 0],
        ]),
        [0, 1, 1, 0],
        [b, h, wd, c],
      );
    }
    case 'concat':
      return tf.concat(inputs as tf.Tensor4D[], 3);
    case 'add':
      return tf.add(x, inputs[1] as tf.Tensor);
    case 'global_pool':
      return tf.mean(x, [1, 2]);
    case 'flatten':
      return tf.reshape(x, [x.shape[0], -1]);
    case 'fc':
      return tf.fused.matMul({ a: inputs[0] as tf.Tensor2D, b: w.weights as tf.Tensor2D, bias: w.bias });
    case 'softmax':
      return tf.softmax(inputs[0] as tf.Tensor2D);
  }
}

const NO_WEIGHTS: StepWeights = { tensors: {}, pieces: [] };

/** Steps as TF.js ops on tensors, each in its own tidy (CPU and WebGL). */
const tensorExecutor: StepExecutor<tf.Tensor> = {
  execute: (step, inputs, weights) => tf.tidy(() => execute(step, inputs, weights)),
  publish: (value) => value,
  dispose: (value) => value.dispose(),
};

/** How many steps read each value, so intermediates are freed as soon as possible. */
function useCounts(steps: readonly Step[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const s of steps) for (const id of s.inputs) uses.set(id, (uses.get(id) ?? 0) + 1);
  return uses;
}

/** A compiled NASNet with its weights uploaded to the active TF.js backend. */
export class NasnetRunner {
  private readonly weights: StepWeights[];
  private readonly endpointOf = new Map<string, string[]>();
  /** How many steps read each value (copied per run: counted down as steps read it). */
  private readonly uses: ReadonlyMap<string, number>;
  private disposed = false;

  /**
   * Uploads the program's weights, or takes `uploaded` (one entry per step, e.g. from a
   * `RunnerBuilder`; the program's steps then need no weight values). Owns them from here.
   */
  constructor(
    readonly program: NasnetProgram,
    options: RunnerOptions = {},
    uploaded?: readonly StepWeights[],
  ) {
    const layout = layoutFor(options);
    this.weights = uploaded ? [...uploaded] : program.steps.map((step) => uploadStep(step, layout));
    for (const [name, id] of Object.entries(program.endpoints))
      this.endpointOf.set(id, [...(this.endpointOf.get(id) ?? []), name]);
    this.uses = useCounts(program.steps);
  }

  /** Runs a float32 NHWC batch; every intermediate is disposed before returning. */
  run(input: tf.Tensor4D, options: RunOptions = {}): RunResult {
    if (this.disposed)
      throw new SlimscopeError({
        code: 'INTERNAL',
        file: '',
        problem: 'The model was already disposed.',
        hint: 'Load it again.',
      });
    return tf.getBackend() === 'wasm'
      ? this.runWith(heapExecutor(), input, options)
      : this.runWith(tensorExecutor, input, options);
  }

  private runWith<V extends tf.TensorInfo>(
    executor: StepExecutor<V>,
    input: tf.Tensor4D,
    options: RunOptions,
  ): RunResult {
    const keepNames = new Set([...(options.keepEndpoints ?? []), 'Logits', 'Predictions']);
    const keepIds = new Set(
      [...keepNames].map((n) => this.program.endpoints[n]).filter((id): id is string => !!id),
    );
    const uses = new Map(this.uses);
    const values = new Map<string, V>();
    const valueOf = (id: string): V =>
      id === PROGRAM_INPUT ? (input as unknown as V) : (values.get(id) as V);
    const drop = (id: string) => {
      const value = values.get(id);
      values.delete(id);
      if (value) executor.dispose(value);
    };
    const release = (id: string) => {
      const left = (uses.get(id) ?? 0) - 1;
      uses.set(id, left);
      if (left <= 0 && !keepIds.has(id)) drop(id);
    };
    try {
      this.program.steps.forEach((step, i) => {
        const out = executor.execute(step, step.inputs.map(valueOf), this.weights[i] ?? NO_WEIGHTS);
        const names = this.endpointOf.get(step.id);
        values.set(step.id, names || keepIds.has(step.id) ? (executor.publish(out) as unknown as V) : out);
        options.onStep?.(step);
        for (const name of names ?? []) options.onEndpoint?.(name, valueOf(step.id) as unknown as tf.Tensor);
        step.inputs.forEach(release);
        if (!uses.get(step.id) && !keepIds.has(step.id)) drop(step.id);
      });
    } catch (e) {
      for (const id of [...values.keys()]) drop(id);
      throw e;
    }
    const endpoints: Record<string, tf.Tensor> = {};
    for (const name of keepNames) {
      const value = values.get(this.program.endpoints[name] ?? '');
      if (value) endpoints[name] = value as unknown as tf.Tensor;
    }
    return {
      logits: endpoints.Logits as tf.Tensor2D,
      predictions: endpoints.Predictions as tf.Tensor2D,
      endpoints,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const w of this.weights) disposeStepWeights(w);
  }
}

export function disposeStepWeights(w: StepWeights): void {
  for (const t of Object.values(w.tensors)) t.dispose();
  for (const p of w.pieces) p.filter.dispose();
}

import type * as tf from '@tensorflow/tfjs-core';
import type { KernelPiece } from './forwardKernels';
import type { Step } from './programTypes';

/** Uploaded weights of one step; `pieces` = a 7x7 depthwise kernel split for the WASM backend. */
export interface StepWeights {
  tensors: Record<string, tf.Tensor>;
  pieces: KernelPiece[];
}

/** How a runner executes steps on one backend; `V` is what holds a value between steps. */
export interface StepExecutor<V extends tf.TensorInfo> {
  execute(step: Step, inputs: V[], weights: StepWeights): V;
  /** The value as a tensor callers may hold (from here on the tensor owns it). */
  publish(value: V): tf.Tensor;
  dispose(value: V): void;
}

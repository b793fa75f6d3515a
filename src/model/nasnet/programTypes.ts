import type { Padding } from './graphTypes';

/** The value fed to the program: a float32 NHWC image batch. */
export const PROGRAM_INPUT = 'input';

export type Activation = 'linear' | 'relu';

/** A dense float32 tensor held as plain data (uploaded to TF.js by the runner). */
export interface WeightArray {
  values: Float32Array;
  shape: number[];
}

interface StepBase {
  /** The value this step produces; graph op ids are reused so end points resolve directly. */
  id: string;
  inputs: string[];
}

export type Step = StepBase &
  (
    | {
        kind: 'conv';
        weights: WeightArray;
        bias: Float32Array | null;
        stride: number;
        padding: Padding;
        activation: Activation;
        /**
         * Set for factorized reduction's path 2: read pixels (1 + s·i, 1 + s·j), zero past the
         * border, i.e. the one-pixel shift and the strided 1x1 pool merged into the conv.
         */
        shifted?: boolean;
      }
    | {
        kind: 'separable';
        depthwise: WeightArray;
        pointwise: WeightArray;
        bias: Float32Array | null;
        stride: number;
        activation: Activation;
      }
    | { kind: 'affine'; scale: Float32Array; offset: Float32Array }
    | { kind: 'relu' }
    | { kind: 'avg_pool' | 'max_pool'; kernel: number; stride: number; padding: Padding }
    | { kind: 'shift' }
    | { kind: 'concat' }
    | { kind: 'add' }
    | { kind: 'global_pool' }
    | { kind: 'flatten' }
    | { kind: 'fc'; weights: WeightArray; bias: Float32Array }
    | { kind: 'softmax' }
  );

export type StepKind = Step['kind'];

/** An executable inference plan: steps in order, with end points resolved to step ids. */
export interface NasnetProgram {
  steps: Step[];
  /** Slim end point name → id of the step producing it. */
  endpoints: Record<string, string>;
  logits: string;
  predictions: string;
}

import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { piecePads, shiftedPads } from './forwardKernels';
import { concatChannelsOnHeap, onHeap, pointwiseOnHeap } from './heapKernels';
import type { Step } from './programTypes';
import type { StepExecutor, StepWeights } from './stepExecutor';

const pad = (p: 'SAME' | 'VALID'): 'same' | 'valid' => (p === 'SAME' ? 'same' : 'valid');

/**
 * Runs one step with TF.js WASM's kernel functions on heap tensors, without the engine: a forward
 * pass is ~450 kernel calls, and the engine's per-op work (tensor objects, scopes, kernel lookup,
 * op wrappers) cost ~1 ms of serial JS per pass (an 8x8 pass in Chromium: 4.4 -> 3.4 ms), which
 * more threads do not shorten.
 * Every intermediate is freed here; the result belongs to the caller.
 */
function executeOnHeap(
  backend: BackendWasm,
  step: Step,
  inputs: tf.TensorInfo[],
  { tensors: w, pieces }: StepWeights,
): tf.TensorInfo {
  const x = inputs[0] as tf.TensorInfo;
  /** `f` on an intermediate that is freed once `f` has run. */
  const then = (t: tf.TensorInfo, f: (t: tf.TensorInfo) => tf.TensorInfo): tf.TensorInfo => {
    try {
      return f(t);
    } finally {
      backend.disposeData(t.dataId);
    }
  };
  switch (step.kind) {
    case 'conv':
      if (w.filter!.rank === 2) return pointwiseOnHeap(backend, x, w.filter!, w.bias, step.activation);
      return onHeap(
        backend,
        'FusedConv2D',
        { x, filter: w.filter, bias: w.bias },
        {
          strides: step.stride,
          pad: step.shifted ? shiftedPads(x.shape[1] ?? 0, x.shape[2] ?? 0, step.stride) : pad(step.padding),
          dataFormat: 'NHWC',
          dilations: 1,
          activation: step.activation,
          leakyreluAlpha: 0,
        },
      );
    case 'separable': {
      const depthwise =
        pieces.length > 0
          ? depthwiseByPiecesOnHeap(backend, x, step, pieces)
          : onHeap(
              backend,
              'DepthwiseConv2dNative',
              { x, filter: w.depthwise },
              { strides: step.stride, pad: 'same', dilations: 1 },
            );
      return then(depthwise, (dw) =>
        w.pointwise!.rank === 2
          ? pointwiseOnHeap(backend, dw, w.pointwise!, w.bias, step.activation)
          : onHeap(
              backend,
              'FusedConv2D',
              { x: dw, filter: w.pointwise, bias: w.bias },
              {
                strides: 1,
                pad: 'valid',
                dataFormat: 'NHWC',
                dilations: 1,
                activation: step.activation,
                leakyreluAlpha: 0,
              },
            ),
      );
    }
    case 'affine':
      return then(onHeap(backend, 'Multiply', { a: x, b: w.scale }), (scaled) =>
        onHeap(backend, 'Add', { a: scaled, b: w.offset }),
      );
    case 'relu':
      return onHeap(backend, 'Relu', { x });
    case 'avg_pool':
    case 'max_pool':
      return onHeap(
        backend,
        step.kind === 'avg_pool' ? 'AvgPool' : 'MaxPool',
        { x },
        { filterSize: step.kernel, strides: step.stride, pad: pad(step.padding) },
      );
    case 'shift': {
      const [b = 1, h = 1, wd = 1, c = 1] = x.shape;
      const paddings = [
        [0, 0],
        [0, 1],
        [0, 1],
        [0, 0],
      ];
      return then(onHeap(backend, 'PadV2', { x }, { paddings, constantValue: 0 }), (padded) =>
        onHeap(backend, 'Slice', { x: padded }, { begin: [0, 1, 1, 0], size: [b, h, wd, c] }),
      );
    }
    case 'concat':
      return concatChannelsOnHeap(backend, inputs);
    case 'add':
      return onHeap(backend, 'Add', { a: x, b: inputs[1] });
    case 'global_pool':
      return onHeap(backend, 'Mean', { x }, { axis: [1, 2], keepDims: false });
    case 'flatten': {
      // A copy, not a reshape sharing the buffer: each value here is freed on its own.
      const batch = x.shape[0] ?? 1;
      const copy = onHeap(backend, 'Identity', { x });
      return { ...copy, shape: [batch, tf.util.sizeFromShape(x.shape) / batch] };
    }
    case 'fc':
      return pointwiseOnHeap(backend, x, w.weights!, w.bias, 'linear');
    case 'softmax':
      return onHeap(backend, 'Softmax', { logits: x }, { dim: x.shape.length - 1 });
  }
}

/** A 'SAME' 7x7 depthwise conv as the sum of its fast pieces (see `depthwisePieces`). */
function depthwiseByPiecesOnHeap(
  backend: BackendWasm,
  x: tf.TensorInfo,
  step: Step & { kind: 'separable' },
  pieces: StepWeights['pieces'],
): tf.TensorInfo {
  const k = step.depthwise.shape[0] ?? 1;
  const parts: tf.TensorInfo[] = [];
  try {
    for (const p of pieces)
      parts.push(
        onHeap(
          backend,
          'DepthwiseConv2dNative',
          { x, filter: p.filter },
          { strides: step.stride, pad: piecePads(x.shape, p, k, step.stride), dilations: 1 },
        ),
      );
    return onHeap(backend, 'AddN', parts);
  } finally {
    for (const t of parts) backend.disposeData(t.dataId);
  }
}

/** Steps run on the WASM heap; values are TensorInfos until published as tensors. */
export function heapExecutor(): StepExecutor<tf.TensorInfo> {
  const backend = tf.backend() as BackendWasm;
  return {
    execute: (step, inputs, weights) => executeOnHeap(backend, step, inputs, weights),
    publish: (v) => (v instanceof tf.Tensor ? v : tf.engine().makeTensorFromTensorInfo(v, backend)),
    dispose: (v) => (v instanceof tf.Tensor ? v.dispose() : void backend.disposeData(v.dataId)),
  };
}

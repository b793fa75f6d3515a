import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

const SEPARABLE = 'SlimscopeSeparable';
const POINTWISE = 'SlimscopePointwise';

type Activation = 'linear' | 'relu';
interface KernelArgs {
  inputs: tf.NamedTensorInfoMap;
  backend: BackendWasm;
  attrs: { stride?: number; activation: Activation };
}

const kernelFunc = (name: string) => {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`TF.js WASM has no ${name} kernel`);
  return kernel.kernelFunc as unknown as (args: {
    inputs: tf.NamedTensorInfoMap;
    backend: BackendWasm;
    attrs: Record<string, unknown>;
  }) => tf.TensorInfo;
};

const input = (inputs: tf.NamedTensorInfoMap, name: string): tf.TensorInfo => {
  const t = inputs[name];
  if (!t) throw new Error(`missing input ${name}`);
  return t;
};

/**
 * x [b,h,w,c] · w [c,n] (+ bias, activation) → [b,h,w,n], through TF.js WASM's own _FusedMatMul
 * kernel on views of the same buffers: `tf.fused.matMul` on reshaped tensors costs six engine
 * ops (reshapes in and out) where the arithmetic needs one.
 */
function pointwiseOnHeap(
  x: tf.TensorInfo,
  w: tf.TensorInfo,
  bias: tf.TensorInfo | undefined,
  activation: Activation,
  backend: BackendWasm,
): tf.TensorInfo {
  const [b = 1, h = 1, wd = 1, c = 0] = x.shape;
  const n = w.shape[1] ?? 0;
  const out = kernelFunc('_FusedMatMul')({
    inputs: {
      a: { dataId: x.dataId, shape: [1, b * h * wd, c], dtype: 'float32' },
      b: { dataId: w.dataId, shape: [1, c, n], dtype: 'float32' },
      ...(bias ? { bias } : {}),
    },
    backend,
    attrs: { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0 },
  });
  return { dataId: out.dataId, shape: [b, h, wd, n], dtype: 'float32' };
}

function pointwiseKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  return pointwiseOnHeap(input(inputs, 'x'), input(inputs, 'w'), inputs.bias, attrs.activation, backend);
}

/** A separable conv step (depthwise 'same', then the pointwise product) as one engine op. */
function separableKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const depthwise = kernelFunc('DepthwiseConv2dNative')({
    inputs: { x: input(inputs, 'x'), filter: input(inputs, 'depthwise') },
    backend,
    attrs: { strides: attrs.stride ?? 1, pad: 'same', dilations: 1 },
  });
  try {
    return pointwiseOnHeap(depthwise, input(inputs, 'w'), inputs.bias, attrs.activation, backend);
  } finally {
    backend.disposeData(depthwise.dataId);
  }
}

function ensureRegistered(): void {
  if (tf.getKernel(SEPARABLE, 'wasm')) return;
  tf.registerKernel({ kernelName: SEPARABLE, backendName: 'wasm', kernelFunc: separableKernel as never });
  tf.registerKernel({ kernelName: POINTWISE, backendName: 'wasm', kernelFunc: pointwiseKernel as never });
}

/** A 1x1 stride-1 conv with its kernel as an [in, out] matrix, as one op on the WASM backend. */
export function pointwiseWasm(
  x: tf.Tensor4D,
  w: tf.Tensor2D,
  bias: tf.Tensor | undefined,
  activation: Activation,
): tf.Tensor4D {
  ensureRegistered();
  const inputs: tf.NamedTensorMap = { x, w, ...(bias ? { bias } : {}) };
  return tf.engine().runKernel(POINTWISE, inputs, { activation } as never) as tf.Tensor4D;
}

/** Depthwise ('same', `stride`) then pointwise ([in, out] matrix), as one op on the WASM backend. */
export function separableWasm(
  x: tf.Tensor4D,
  depthwise: tf.Tensor4D,
  w: tf.Tensor2D,
  bias: tf.Tensor | undefined,
  stride: number,
  activation: Activation,
): tf.Tensor4D {
  ensureRegistered();
  const inputs: tf.NamedTensorMap = { x, depthwise, w, ...(bias ? { bias } : {}) };
  return tf.engine().runKernel(SEPARABLE, inputs, { stride, activation } as never) as tf.Tensor4D;
}

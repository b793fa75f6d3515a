import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { heapRowCopier, type RowCopier } from './heapCopy';
import type { Activation } from './programTypes';

// TF.js WASM's kernel functions called on TensorInfos (a data id on the heap, a shape, a dtype)
// without the engine: no tf.Tensor objects, scopes or kernel lookups per op. The caller owns each
// output and frees it with `backend.disposeData`.

type Attrs = Record<string, unknown>;
type KernelFunc = (args: { inputs: unknown; backend: BackendWasm; attrs?: Attrs }) => tf.TensorInfo;

const kernelFuncs = new Map<string, KernelFunc>();

/** TF.js WASM's kernel function `name` (registered when tfjs-backend-wasm is imported). */
function wasmKernel(name: string): KernelFunc {
  let f = kernelFuncs.get(name);
  if (!f) {
    const kernel = tf.getKernel(name, 'wasm');
    if (!kernel) throw new Error(`TF.js WASM has no ${name} kernel`);
    f = kernel.kernelFunc as unknown as KernelFunc;
    kernelFuncs.set(name, f);
  }
  return f;
}

/** Runs a WASM kernel on heap tensors. */
export const onHeap = (
  backend: BackendWasm,
  name: string,
  inputs: Record<string, tf.TensorInfo | undefined> | tf.TensorInfo[],
  attrs: Attrs = {},
): tf.TensorInfo => wasmKernel(name)({ inputs, backend, attrs });

/**
 * x [b,h,w,c] · w [c,n] (+ bias, activation) → [b,h,w,n] through the _FusedMatMul kernel on views
 * of the same buffers (a matrix product over all pixels is a 1x1 stride-1 conv).
 */
export function pointwiseOnHeap(
  backend: BackendWasm,
  x: tf.TensorInfo,
  w: tf.TensorInfo,
  bias: tf.TensorInfo | undefined,
  activation: Activation,
): tf.TensorInfo {
  const pixels = x.shape.slice(0, -1);
  const c = x.shape[x.shape.length - 1] ?? 0;
  const n = w.shape[1] ?? 0;
  const out = onHeap(
    backend,
    '_FusedMatMul',
    {
      a: { dataId: x.dataId, shape: [1, tf.util.sizeFromShape(pixels), c], dtype: 'float32' },
      b: { dataId: w.dataId, shape: [1, c, n], dtype: 'float32' },
      bias,
    },
    { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0 },
  );
  return { dataId: out.dataId, shape: [...pixels, n], dtype: 'float32' };
}

/**
 * Channel concat of NHWC maps of one size: per input, one short row copy per pixel, by a
 * WebAssembly loop on the heap (`heapRowCopier`) or, where that is unavailable, `copyWithin`
 * (a native memmove per row, but a JS call each: several times slower for NASNet's cells).
 * TF.js's own WASM Concat slices a fresh typed-array view per pixel and input.
 */
export function concatChannelsOnHeap(
  backend: BackendWasm,
  inputs: readonly tf.TensorInfo[],
  copier: RowCopier | null = heapRowCopier(backend),
): tf.TensorInfo {
  const first = inputs[0];
  if (!first) throw new Error('a concat needs at least one input');
  const mismatch = inputs.find(
    (x) => x.dtype !== 'float32' || [0, 1, 2].some((d) => x.shape[d] !== first.shape[d]),
  );
  if (mismatch || first.shape.length !== 4)
    throw new Error(
      `a channel concat needs float32 NHWC maps of one size, got [${(mismatch ?? first).shape.join(',')}]`,
    );
  const depths = inputs.map((t) => t.shape[3] ?? 0);
  const total = depths.reduce((a, b) => a + b, 0);
  const out = backend.makeOutput([...first.shape.slice(0, 3), total], 'float32');
  // Views are taken after the output exists: allocating may grow (and detach) the heap.
  const outView = backend.typedArrayFromHeap(out) as Float32Array;
  const heap = new Float32Array(outView.buffer);
  const pixels = tf.util.sizeFromShape(first.shape.slice(0, 3));
  let channel = 0;
  inputs.forEach((input, i) => {
    const depth = depths[i] ?? 0;
    const srcByte = (backend.typedArrayFromHeap(input) as Float32Array).byteOffset;
    const dstByte = outView.byteOffset + 4 * channel;
    if (copier) {
      copier(dstByte, 4 * total, srcByte, 4 * depth, 4 * depth, pixels);
    } else {
      let src = srcByte >> 2;
      let dst = dstByte >> 2;
      for (let p = 0; p < pixels; p++, src += depth, dst += total) heap.copyWithin(dst, src, src + depth);
    }
    channel += depth;
  });
  return out;
}

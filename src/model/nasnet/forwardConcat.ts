import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

const KERNEL = 'SlimscopeConcatChannels';

/**
 * Channel concat on the WASM heap: one `copyWithin` (a native memmove) per pixel and input.
 * TF.js's own WASM Concat slices a fresh typed-array view per pixel and input, which costs
 * about twice as much for NASNet's cell outputs (thousands of pixels of 11–176 channels).
 */
function concatOnHeap(args: { inputs: tf.NamedTensorInfoMap; backend: BackendWasm }): tf.TensorInfo {
  const { backend } = args;
  // Integer-like keys keep their numeric order, which is the concat order.
  const inputs = Object.values(args.inputs).filter((t): t is tf.TensorInfo => t !== undefined);
  const first = inputs[0];
  if (!first) throw new Error(`${KERNEL} needs at least one input`);
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
    let src = (backend.typedArrayFromHeap(input) as Float32Array).byteOffset >> 2;
    let dst = (outView.byteOffset >> 2) + channel;
    for (let p = 0; p < pixels; p++, src += depth, dst += total) heap.copyWithin(dst, src, src + depth);
    channel += depth;
  });
  return out;
}

/** Concatenates float32 NHWC tensors along channels (the fast heap copy on the WASM backend). */
export function concatChannels(xs: tf.Tensor4D[]): tf.Tensor4D {
  if (tf.getBackend() !== 'wasm' || xs.length < 2 || xs.some((x) => x.dtype !== 'float32')) {
    return tf.concat(xs, 3);
  }
  const [b, h, w] = xs[0]?.shape ?? [];
  if (xs.some((x) => x.shape[0] !== b || x.shape[1] !== h || x.shape[2] !== w)) return tf.concat(xs, 3);
  if (!tf.getKernel(KERNEL, 'wasm')) {
    tf.registerKernel({ kernelName: KERNEL, backendName: 'wasm', kernelFunc: concatOnHeap as never });
  }
  const inputs: tf.NamedTensorMap = Object.fromEntries(xs.map((x, i) => [String(i), x]));
  return tf.engine().runKernel(KERNEL, inputs) as tf.Tensor4D;
}

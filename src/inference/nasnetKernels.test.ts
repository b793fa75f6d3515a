import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useNodeBackend } from './nodeBackend';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { heapRowCopier } from '../model/nasnet/heapCopy';
import { concatChannelsOnHeap } from '../model/nasnet/heapKernels';
import {
  depthwiseByPieces,
  depthwisePieces,
  shiftedKernel,
  shiftedPads,
} from '../model/nasnet/forwardKernels';

function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): number {
  expect(a.shape).toEqual(b.shape);
  const [x, y] = [a.dataSync(), b.dataSync()];
  let d = 0;
  for (let i = 0; i < x.length; i++) d = Math.max(d, Math.abs((x[i] ?? 0) - (y[i] ?? NaN)));
  return d;
}

/** TF's path 2 literally: pad bottom/right by one, drop the first row and column, 1x1 stride-s pool. */
function referenceShifted(x: tf.Tensor4D, stride: number): tf.Tensor4D {
  const [b, h, w, c] = x.shape;
  const padded = tf.pad(x, [
    [0, 0],
    [0, 1],
    [0, 1],
    [0, 0],
  ]);
  const shifted = tf.slice(padded, [0, 1, 1, 0], [b, h, w, c]) as tf.Tensor4D;
  return tf.avgPool(shifted, 1, stride, 'valid');
}

describe.each(['cpu', 'wasm'] as const)('runner kernels on %s', (backend) => {
  afterAll(() => tf.disposeVariables());

  it.each([
    [1, 9],
    [1, 14],
    [2, 14],
    [2, 15],
    [2, 111],
    [2, 4],
    [1, 3],
  ])('7x7 depthwise as fast pieces equals the whole kernel (stride %s, size %s)', async (stride, size) => {
    const k = 7;
    await useNodeBackend(backend);
    const channels = 5;
    const values = Float32Array.from({ length: k * k * channels }, (_, i) => Math.sin(i * 0.37));
    const x = tf.randomUniform([2, size, size + 1, channels], -1, 1, 'float32', size) as tf.Tensor4D;
    const whole = tf.tensor4d(values, [k, k, channels, 1]);
    const pieces = depthwisePieces({ values, shape: [k, k, channels, 1] });
    expect(pieces).toHaveLength(4);
    expect(pieces.every((p) => [3, 4, 9, 25].includes(p.filter.shape[0] * p.filter.shape[1]))).toBe(true);
    const want = tf.depthwiseConv2d(x, whole, stride, 'same');
    const got = depthwiseByPieces(x, pieces, k, stride);
    expect(maxAbsDiff(got, want)).toBeLessThan(1e-5);
    tf.dispose([x, whole, want, got, ...pieces.map((p) => p.filter)]);
  });

  it.each([
    [2, 14, 14],
    [2, 15, 15],
    [2, 111, 110],
    [3, 7, 8],
    [3, 9, 10],
  ])('shifted 1x1 conv (stride %s, %sx%s) equals pad + shift + pool + conv, bit for bit', async (s, h, w) => {
    await useNodeBackend(backend);
    const [cin, cout] = [6, 4];
    const kernel = Float32Array.from({ length: cin * cout }, (_, i) => Math.cos(i * 0.71));
    const x = tf.randomUniform([1, h, w, cin], -1, 1, 'float32', h) as tf.Tensor4D;
    const filter1 = tf.tensor4d(kernel, [1, 1, cin, cout]);
    const two = shiftedKernel({ values: kernel, shape: [1, 1, cin, cout] });
    const filter2 = tf.tensor4d(two.values, two.shape as [number, number, number, number]);
    const want = tf.conv2d(referenceShifted(x, s), filter1, 1, 'valid');
    const got = tf.conv2d(x, filter2, s, shiftedPads(h, w, s));
    expect(got.shape).toEqual([1, Math.ceil(h / s), Math.ceil(w / s), cout]);
    expect(maxAbsDiff(got, want)).toBe(0);
    tf.dispose([x, filter1, filter2, want, got]);
  });
});

describe('heap kernels on wasm', () => {
  it.each([
    [
      [1, 7, 5],
      [3, 1, 4, 2],
    ],
    [
      [2, 3, 4],
      [11, 11, 11, 11],
    ],
    [
      [1, 56, 56],
      [11, 11, 22],
    ],
    [
      [1, 1, 1],
      [1, 2],
    ],
  ])('channel concat of %j maps with %j channels equals tf.concat, no leak', async ([b, h, w], depths) => {
    await useNodeBackend('wasm');
    const backend = tf.backend() as BackendWasm;
    const copier = heapRowCopier(backend);
    // Node's TF.js WASM exports its memory: the WebAssembly row copier is what runs here.
    expect(copier).not.toBeNull();
    const xs = depths.map(
      (c, i) => tf.randomUniform([b ?? 1, h ?? 1, w ?? 1, c], -1, 1, 'float32', i) as tf.Tensor4D,
    );
    const want = tf.concat(xs, 3);
    for (const rows of [copier, null]) {
      const before = backend.numDataIds();
      const got = tf.engine().makeTensorFromTensorInfo(concatChannelsOnHeap(backend, xs, rows), backend);
      expect(backend.numDataIds()).toBe(before + 1);
      expect(maxAbsDiff(got, want)).toBe(0);
      got.dispose();
    }
    tf.dispose([...xs, want]);
  });
});

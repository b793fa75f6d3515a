import * as tf from '@tensorflow/tfjs-core';
import type { WeightArray } from './programTypes';

type Pads = [[number, number], [number, number], [number, number], [number, number]];

/**
 * Factorized reduction's path 2 without the full-size pad + slice: the pixels (1 + s·i, 1 + s·j)
 * of x, zero-padded at the bottom/right to ceil(n / s) — what TF gets from pad, shift, 1x1 pool.
 */
export function shiftedSubsample(x: tf.Tensor4D, stride: number): tf.Tensor4D {
  const [b, h, w, c] = x.shape;
  const sampled = tf.stridedSlice(x, [0, 1, 1, 0], [b, h, w, c], [1, stride, stride, 1]) as tf.Tensor4D;
  const padH = Math.ceil(h / stride) - sampled.shape[1];
  const padW = Math.ceil(w / stride) - sampled.shape[2];
  if (padH === 0 && padW === 0) return sampled;
  return tf.pad(sampled, [
    [0, 0],
    [0, padH],
    [0, padW],
    [0, 0],
  ]);
}

/** A rectangle of a k×k depthwise kernel, run as its own smaller depthwise conv. */
export interface KernelPiece {
  row: number;
  col: number;
  filter: tf.Tensor4D;
}

// XNNPACK (TF.js WASM) has fast depthwise kernels up to 25 taps; a 7x7 kernel falls to a much
// slower path. Covering it with a 5x5, a 4x2, a 3x3 (corner already in the 5x5 zeroed) and a
// 2x4 piece keeps every piece on the fast path; the sum is the same convolution.
const SEVEN_BY_SEVEN: readonly { rows: [number, number]; cols: [number, number]; skip?: [number, number] }[] =
  [
    { rows: [0, 5], cols: [0, 5] },
    { rows: [0, 4], cols: [5, 7] },
    { rows: [4, 7], cols: [4, 7], skip: [4, 4] },
    { rows: [5, 7], cols: [0, 4] },
  ];

/** Splits a [7,7,C,1] depthwise kernel into fast pieces (empty for other sizes). */
export function depthwisePieces(kernel: WeightArray): KernelPiece[] {
  const [k = 0, kw = 0, channels = 0] = kernel.shape;
  if (k !== 7 || kw !== 7) return [];
  return SEVEN_BY_SEVEN.map(({ rows, cols, skip }) => {
    const [r0, r1] = rows;
    const [c0, c1] = cols;
    const values = new Float32Array((r1 - r0) * (c1 - c0) * channels);
    let i = 0;
    for (let r = r0; r < r1; r++) {
      for (let col = c0; col < c1; col++) {
        const zero = skip && skip[0] === r && skip[1] === col;
        for (let ch = 0; ch < channels; ch++)
          values[i++] = zero ? 0 : (kernel.values[(r * k + col) * channels + ch] ?? 0);
      }
    }
    return { row: r0, col: c0, filter: tf.tensor4d(values, [r1 - r0, c1 - c0, channels, 1]) };
  });
}

/** TF 'SAME' padding before the first element of one dimension. */
function samePadBefore(size: number, kernel: number, stride: number): number {
  const out = Math.ceil(size / stride);
  return Math.floor(Math.max((out - 1) * stride + kernel - size, 0) / 2);
}

/** 'SAME' k×k depthwise conv computed as the sum of its pieces, each with explicit padding. */
export function depthwiseByPieces(
  x: tf.Tensor4D,
  pieces: readonly KernelPiece[],
  k: number,
  stride: number,
): tf.Tensor4D {
  const [, h, w] = x.shape;
  const [outH, outW] = [Math.ceil(h / stride), Math.ceil(w / stride)];
  const [top, left] = [samePadBefore(h, k, stride), samePadBefore(w, k, stride)];
  const parts = pieces.map((p) => {
    const [kh, kw] = p.filter.shape;
    const t = top - p.row;
    const l = left - p.col;
    const pads: Pads = [
      [0, 0],
      [t, (outH - 1) * stride + kh - h - t],
      [l, (outW - 1) * stride + kw - w - l],
      [0, 0],
    ];
    return tf.depthwiseConv2d(x, p.filter, stride, pads);
  });
  return tf.addN(parts);
}

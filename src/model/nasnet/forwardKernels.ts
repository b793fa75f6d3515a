import * as tf from '@tensorflow/tfjs-core';
import type { WeightArray } from './programTypes';

type Pads = [[number, number], [number, number], [number, number], [number, number]];

/**
 * Factorized reduction's path 2 (pad one pixel at the bottom/right, drop the first row/column,
 * 1x1 stride-s pool, 1x1 conv) reads pixels (1 + s·i, 1 + s·j), zero past the border. As a
 * strided slice that costs more than the conv on WASM (StridedSlice has no fast path); instead
 * the 1x1 kernel becomes a 2x2 kernel whose only non-zero tap is (1, 1), run with stride s and
 * explicit bottom/right padding. The added taps multiply by exact zeros, so results are identical.
 */
export function shiftedKernel(kernel: WeightArray): WeightArray {
  const [kh = 0, kw = 0, cin = 0, cout = 0] = kernel.shape;
  if (kh !== 1 || kw !== 1) throw new Error(`shiftedKernel takes a 1x1 kernel, got ${kh}x${kw}`);
  const values = new Float32Array(4 * cin * cout);
  values.set(kernel.values, 3 * cin * cout);
  return { values, shape: [2, 2, cin, cout] };
}

/** Bottom (or right) padding that makes the 2x2 stride-s window yield ceil(size / s) outputs. */
function shiftedPadAfter(size: number, stride: number): number {
  const out = Math.ceil(size / stride);
  return Math.max(0, stride * (out - 1) + 2 - size);
}

/** Explicit conv2d padding for `shiftedKernel` on an input of h×w. */
export function shiftedPads(h: number, w: number, stride: number): Pads {
  return [
    [0, 0],
    [0, shiftedPadAfter(h, stride)],
    [0, shiftedPadAfter(w, stride)],
    [0, 0],
  ];
}

/** A rectangle of a k×k depthwise kernel, run as its own smaller depthwise conv. */
export interface KernelPiece {
  row: number;
  col: number;
  filter: tf.Tensor4D;
}

interface PieceLayout {
  rows: [number, number];
  cols: [number, number];
  /** Taps [row0, row1) × [col0, col1) already covered by an earlier piece (zeroed here). */
  covered?: { rows: [number, number]; cols: [number, number] };
}

// XNNPACK in TF.js WASM only has fast depthwise kernels for exactly 3, 4, 9 or 25 taps; any
// other size (7x7 = 49, but also 2x4, 1x2, …) falls to a grouped GEMM several times slower.
// A 7x7 kernel is covered by two overlapping 5x5 pieces (the overlap zeroed in the second) and
// two 2x2 corners: four fast convs whose sum is the same convolution.
const SEVEN_BY_SEVEN: readonly PieceLayout[] = [
  { rows: [0, 5], cols: [0, 5] },
  { rows: [2, 7], cols: [2, 7], covered: { rows: [2, 5], cols: [2, 5] } },
  { rows: [0, 2], cols: [5, 7] },
  { rows: [5, 7], cols: [0, 2] },
];

const inRange = (v: number, [a, b]: [number, number]): boolean => v >= a && v < b;

/** Splits a [7,7,C,1] depthwise kernel into fast pieces (empty for other sizes). */
export function depthwisePieces(kernel: WeightArray): KernelPiece[] {
  const [k = 0, kw = 0, channels = 0] = kernel.shape;
  if (k !== 7 || kw !== 7) return [];
  return SEVEN_BY_SEVEN.map(({ rows, cols, covered }) => {
    const [r0, r1] = rows;
    const [c0, c1] = cols;
    const values = new Float32Array((r1 - r0) * (c1 - c0) * channels);
    let i = 0;
    for (let r = r0; r < r1; r++) {
      for (let col = c0; col < c1; col++) {
        const zero = covered && inRange(r, covered.rows) && inRange(col, covered.cols);
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

/** Explicit padding that runs `piece` of a k×k 'SAME' depthwise conv over an input of `shape`. */
export function piecePads(shape: readonly number[], piece: KernelPiece, k: number, stride: number): Pads {
  const [, h = 0, w = 0] = shape;
  const [outH, outW] = [Math.ceil(h / stride), Math.ceil(w / stride)];
  const [kh = 0, kw = 0] = piece.filter.shape;
  const t = samePadBefore(h, k, stride) - piece.row;
  const l = samePadBefore(w, k, stride) - piece.col;
  return [
    [0, 0],
    [t, (outH - 1) * stride + kh - h - t],
    [l, (outW - 1) * stride + kw - w - l],
    [0, 0],
  ];
}

/** 'SAME' k×k depthwise conv computed as the sum of its pieces, each with explicit padding. */
export function depthwiseByPieces(
  x: tf.Tensor4D,
  pieces: readonly KernelPiece[],
  k: number,
  stride: number,
): tf.Tensor4D {
  return tf.addN(
    pieces.map((p) => tf.depthwiseConv2d(x, p.filter, stride, piecePads(x.shape, p, k, stride))),
  );
}

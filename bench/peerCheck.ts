// What both halves of the peer bench share (Node: peer.bench.ts; Chromium: peer-browser.bench.ts and
// the bench workers): the oracle input laid out for each engine, the logits check, the median.
import type { TensorData } from '../src/formats/checkpoint';

/** Slimscope's goal: at least this many times ONNX Runtime Web's speed, every batch and thread count. */
export const PEER_TARGET = 1.5;
/** Largest |logit − TF-Slim's| / max |TF-Slim logit| accepted before timing (WASM float32). */
export const PEER_TOLERANCE = { onnx: 1e-4, slimscope: 2e-3 };

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** max |a - b| / max |b| and whether every row's arg-max agrees. */
export function compareLogits(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  classes: number,
): { rel: number; top1: boolean } {
  let diff = got.length === want.length ? 0 : Infinity;
  let scale = 0;
  for (let i = 0; i < want.length; i++) {
    diff = Math.max(diff, Math.abs(got[i]! - want[i]!));
    scale = Math.max(scale, Math.abs(want[i]!));
  }
  const argmax = (a: ArrayLike<number>, row: number) => {
    let best = 0;
    for (let c = 1; c < classes; c++) if (a[row * classes + c]! > a[row * classes + best]!) best = c;
    return best;
  };
  const rows = want.length / classes;
  const top1 = Array.from({ length: rows }, (_, r) => argmax(got, r) === argmax(want, r)).every(Boolean);
  return { rel: diff / scale, top1 };
}

/** The check's verdict as a line, or an error refusing to time an engine whose logits are wrong. */
export function logitsVerdict(
  label: string,
  got: ArrayLike<number>,
  expected: TensorData,
  tolerance: number,
): string {
  const { rel, top1 } = compareLogits(got, expected.values as Float32Array, expected.shape[1]!);
  if (!(rel < tolerance) || !top1)
    throw new Error(
      `${label}: logits differ from TF-Slim's (max diff ${rel.toExponential(1)} × max|logit|, top-1 same: ${top1})`,
    );
  return `${label} logits match TF-Slim's: max diff ${rel.toExponential(1)} × max|logit| (< ${tolerance}), same top-1`;
}

/** The oracle's NHWC images repeated to `batch` images (the input file holds two), NHWC. */
export function nhwcRepeat(input: TensorData, batch: number): Float32Array {
  const [n, h, w, c] = input.shape as [number, number, number, number];
  const src = input.values as Float32Array;
  const out = new Float32Array(batch * h * w * c);
  for (let b = 0; b < batch; b++)
    out.set(src.subarray((b % n) * h * w * c, ((b % n) + 1) * h * w * c), b * h * w * c);
  return out;
}

/** The same images as `nhwcRepeat`, NCHW (the ONNX export's layout). */
export function nchwRepeat(input: TensorData, batch: number): Float32Array {
  const [n, h, w, c] = input.shape as [number, number, number, number];
  const src = input.values as Float32Array;
  const out = new Float32Array(batch * c * h * w);
  for (let b = 0; b < batch; b++) {
    const from = (b % n) * h * w * c;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        for (let ch = 0; ch < c; ch++)
          out[((b * c + ch) * h + y) * w + x] = src[from + (y * w + x) * c + ch]!;
  }
  return out;
}

import { IMAGENET_SLIM_LABELS } from './labels/imagenetSlimLabels';

export interface Prediction {
  index: number;
  label: string;
  probability: number;
  logit: number;
}

/** Labels for a model's classes: ImageNet's 1001 (0 = background), or plain indices. */
export function classLabels(numClasses: number): readonly string[] {
  if (numClasses === IMAGENET_SLIM_LABELS.length) return IMAGENET_SLIM_LABELS;
  return Array.from({ length: numClasses }, (_, i) => `class ${i}`);
}

/** Softmax in float64 (numerically stable), for one row of logits. */
export function softmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] ?? -Infinity);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp((logits[i] ?? 0) - max);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / sum;
  return out;
}

/** The k most likely classes of one row of logits, best first. */
export function topK(
  logits: ArrayLike<number>,
  k = 5,
  labels: readonly string[] = classLabels(logits.length),
): Prediction[] {
  const probs = softmax(logits);
  const order = Array.from({ length: logits.length }, (_, i) => i).sort(
    (a, b) => (logits[b] ?? 0) - (logits[a] ?? 0),
  );
  return order.slice(0, k).map((index) => ({
    index,
    label: labels[index] ?? `class ${index}`,
    probability: probs[index] ?? 0,
    logit: logits[index] ?? 0,
  }));
}

/** Splits a [batch, classes] buffer into rows. */
export function rows(values: Float32Array, batch: number): Float32Array[] {
  const width = values.length / batch;
  return Array.from({ length: batch }, (_, b) => values.subarray(b * width, (b + 1) * width));
}

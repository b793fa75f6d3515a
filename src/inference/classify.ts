import { IMAGENET_SLIM_LABELS } from './labels/imagenetSlimLabels';

export interface Prediction {
  index: number;
  label: string;
  probability: number;
  logit: number;
}

/** CIFAR-10's classes in label order (what TF-Slim's cifar10 dataset decodes). */
export const CIFAR10_LABELS: readonly string[] = [
  'airplane',
  'automobile',
  'bird',
  'cat',
  'deer',
  'dog',
  'frog',
  'horse',
  'ship',
  'truck',
];

const IMAGENET_WITHOUT_BACKGROUND = IMAGENET_SLIM_LABELS.slice(1);

/**
 * Labels for a model's classes by their layout: ImageNet's 1001 (0 = background) or 1000 (no
 * background, Keras/PyTorch), CIFAR-10's 10 on a CIFAR model, else plain indices.
 */
export function classLabels(
  numClasses: number,
  dataset: 'imagenet' | 'cifar10' = 'imagenet',
): readonly string[] {
  if (dataset === 'cifar10' && numClasses === CIFAR10_LABELS.length) return CIFAR10_LABELS;
  if (dataset === 'imagenet' && numClasses === IMAGENET_SLIM_LABELS.length) return IMAGENET_SLIM_LABELS;
  if (dataset === 'imagenet' && numClasses === IMAGENET_WITHOUT_BACKGROUND.length)
    return IMAGENET_WITHOUT_BACKGROUND;
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
  const order = largestFirst(logits, k);
  return order.map((index) => ({
    index,
    label: labels[index] ?? `class ${index}`,
    probability: probs[index] ?? 0,
    logit: logits[index] ?? 0,
  }));
}

/**
 * Indices of the k largest values, largest first, ties by lower index (what a stable sort gives)
 * in one pass: a run's 1001 logits need no full sort.
 */
function largestFirst(values: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  const value = (i: number | undefined) => values[i ?? 0] ?? 0;
  for (let i = 0; i < values.length && k > 0; i++) {
    const v = value(i);
    if (top.length === k && !(v > value(top[k - 1]))) continue;
    let at = top.length;
    while (at > 0 && value(top[at - 1]) < v) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Splits a [batch, classes] buffer into rows. */
export function rows(values: Float32Array, batch: number): Float32Array[] {
  const width = values.length / batch;
  return Array.from({ length: batch }, (_, b) => values.subarray(b * width, (b + 1) * width));
}

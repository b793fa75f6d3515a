import type { WeightArray } from './programTypes';

/** Inference batch norm as a per-channel affine map: y = x·scale + offset. */
export interface ChannelAffine {
  scale: Float32Array;
  offset: Float32Array;
}

type Lookup = (name: string) => Float32Array;

/** The variables a batch norm's affine map reads: gamma, beta, moving mean, moving variance. */
export function batchNormVariables(scope: string): string[] {
  return [`${scope}/gamma`, `${scope}/beta`, `${scope}/moving_mean`, `${scope}/moving_variance`];
}

/** gamma / sqrt(var + eps) and beta - mean·scale, computed in float64 before rounding. */
export function batchNormAffine(scope: string, epsilon: number, weight: Lookup): ChannelAffine {
  const [gamma, beta, mean, variance] = batchNormVariables(scope).map(weight) as [
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
  ];
  const scale = new Float32Array(gamma.length);
  const offset = new Float32Array(gamma.length);
  for (let c = 0; c < gamma.length; c++) {
    const s = (gamma[c] ?? 0) / Math.sqrt((variance[c] ?? 0) + epsilon);
    scale[c] = s;
    offset[c] = (beta[c] ?? 0) - (mean[c] ?? 0) * s;
  }
  return { scale, offset };
}

/**
 * Folds channels [start, start + cout) of a batch norm into a conv kernel whose last axis is the
 * output channel: kernel·scale, and the offset becomes the conv bias. Scaling is done in float64
 * (exact for a product of two float32s, so rounding once gives float32's own product). `inPlace`
 * scales the kernel's own array (saves a copy when nothing reads the raw kernel again).
 */
export function foldIntoKernel(
  kernel: WeightArray,
  bn: ChannelAffine,
  start: number,
  inPlace = false,
): { weights: WeightArray; bias: Float32Array } {
  const cout = kernel.shape[kernel.shape.length - 1] ?? 0;
  const values = inPlace ? kernel.values : new Float32Array(kernel.values.length);
  for (let i = 0; i < values.length; i++) {
    values[i] = (kernel.values[i] ?? 0) * (bn.scale[start + (i % cout)] ?? 0);
  }
  return { weights: { values, shape: kernel.shape }, bias: bn.offset.slice(start, start + cout) };
}

import type { GraphVariable } from '../../../model/graphVariable';

/** Small seeded PRNG (mulberry32): the demo is the same on every start. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples by Box–Muller. */
export function gaussian(random: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = Math.max(random(), 1e-12);
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * random();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/**
 * Random but plausible values for one graph variable: He-scaled kernels, gammas near 1, small
 * betas and means, positive variances, so statistics and histograms look like a trained network's.
 */
export function demoValues(v: GraphVariable, normal: () => number): Float32Array {
  const n = v.shape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(n);
  const fanIn = v.shape.length > 1 ? v.shape.slice(0, -1).reduce((a, b) => a * b, 1) : 1;
  const fill = (f: () => number) => {
    for (let i = 0; i < n; i++) out[i] = f();
  };
  switch (v.kind) {
    case 'weights':
    case 'depthwise_weights':
    case 'pointwise_weights': {
      const std = Math.sqrt(2 / fanIn);
      fill(() => std * normal());
      break;
    }
    case 'gamma':
      fill(() => 1 + 0.1 * normal());
      break;
    case 'beta':
    case 'biases':
      fill(() => 0.05 * normal());
      break;
    case 'moving_mean':
      fill(() => 0.2 * normal());
      break;
    case 'moving_variance':
      fill(() => Math.exp(0.3 * normal()));
      break;
  }
  return out;
}

/** An EMA copy: the raw value nudged by a little noise, as a moving average near convergence is. */
export function emaOf(values: Float32Array, normal: () => number): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! * (1 + 0.002 * normal());
  return out;
}

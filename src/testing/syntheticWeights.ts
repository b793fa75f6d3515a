import type { GraphVariable } from '../model/graphVariable';

/**
 * Deterministic weights with unit-ish activations for a graph's variables (fan-in scaled kernels,
 * gamma near 1, variances in [0.5, 1)), for models no reference checkpoint exists for.
 */
export function syntheticWeights(variables: readonly GraphVariable[]): (name: string) => Float32Array {
  let seed = 7;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5;
  const values = new Map<string, Float32Array>();
  for (const v of variables) {
    const n = v.shape.reduce((a, b) => a * b, 1);
    const fanIn = v.shape.slice(0, -1).reduce((a, b) => a * b, 1);
    const fill =
      v.kind === 'moving_variance'
        ? () => 0.5 + rand() * 0.5 + 0.25
        : v.kind === 'gamma'
          ? () => 1 + rand() * 0.2
          : () => (rand() * 2) / Math.sqrt(fanIn);
    values.set(v.name, Float32Array.from({ length: n }, fill));
  }
  return (name) => values.get(name) ?? new Float32Array(0);
}

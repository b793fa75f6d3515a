// Slimscope's time by step kind (the model bench in Node, the peer bench's worker in Chromium).
import * as tf from '@tensorflow/tfjs-core';
import type { NasnetRunner } from '../src/model/nasnet/forward';
import type { Step } from '../src/model/nasnet/programTypes';

export const stepLabel = (s: Step): string =>
  s.kind === 'separable'
    ? `separable ${s.depthwise.shape[0]}x${s.depthwise.shape[0]}`
    : s.kind === 'conv'
      ? `conv ${s.weights.shape[0]}x${s.weights.shape[1]}${s.shifted ? ' shifted' : ''}`
      : s.kind;

/** Milliseconds per kind, largest first, and their sum. */
export interface KindProfile {
  totalMs: number;
  kinds: [kind: string, ms: number][];
}

/** A step profile and the fastest of its passes (forward pass and logits download). */
export interface StepProfile extends KindProfile {
  fastestPassMs: number;
}

/**
 * Time per step kind (ops run synchronously on wasm and cpu, so the time between two steps is
 * the step). Each step's fastest of a few passes, so other load on the machine weighs less.
 */
export function profileStepKinds(model: NasnetRunner, passes: number, batch = 1): StepProfile {
  const x = tf.randomUniform([batch, 224, 224, 3], -1, 1) as tf.Tensor4D;
  const fastest = new Map<Step, number>();
  let fastestPassMs = Infinity;
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    let t = start;
    const out = model.run(x, {
      onStep: (step) => {
        const now = performance.now();
        fastest.set(step, Math.min(fastest.get(step) ?? Infinity, now - t));
        t = now;
      },
    });
    out.logits.dataSync();
    fastestPassMs = Math.min(fastestPassMs, performance.now() - start);
    for (const o of new Set(Object.values(out.endpoints))) o.dispose();
  }
  x.dispose();
  const perKind = new Map<string, number>();
  for (const [step, ms] of fastest) perKind.set(stepLabel(step), (perKind.get(stepLabel(step)) ?? 0) + ms);
  const totalMs = [...perKind.values()].reduce((a, b) => a + b, 0);
  return { totalMs, kinds: [...perKind].sort((a, b) => b[1] - a[1]), fastestPassMs };
}

/** The same profile per image of a batch. */
export const perImage = ({ totalMs, kinds }: KindProfile, batch: number): KindProfile => ({
  totalMs: totalMs / batch,
  kinds: kinds.map(([k, ms]) => [k, ms / batch]),
});

/** "sum 61.0 ms: separable 3x3 20.1 ms (33%), …" with the `top` largest kinds. */
export function formatKinds(
  { totalMs, kinds }: KindProfile,
  top: number,
  sumLabel = 'sum of fastest steps',
): string {
  const parts = kinds
    .slice(0, top)
    .map(([k, ms]) => `${k} ${ms.toFixed(1)} ms (${((100 * ms) / totalMs).toFixed(0)}%)`);
  return `${sumLabel} ${totalMs.toFixed(1)} ms: ${parts.join(', ')}`;
}

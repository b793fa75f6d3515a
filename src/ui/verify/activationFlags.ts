import type { ActivationStats } from '../../inference/activationStats';

export type ActivationFlag = 'nonfinite' | 'exploding' | 'dead' | null;

/** Magnitudes beyond which a NASNet activation has clearly blown up (healthy cells stay ≲ 10²). */
export const EXPLODING_STD = 1e3;
export const EXPLODING_ABS = 1e4;
/** A cell whose output barely varies has died (all-zero after ReLU, or constant). */
export const DEAD_STD = 1e-6;

export function activationFlag(s: ActivationStats): ActivationFlag {
  if (s.nanCount > 0 || s.infCount > 0) return 'nonfinite';
  if (s.std > EXPLODING_STD || Math.max(Math.abs(s.min), Math.abs(s.max)) > EXPLODING_ABS) return 'exploding';
  if (s.std < DEAD_STD) return 'dead';
  return null;
}

export const FLAG_TEXT: Record<Exclude<ActivationFlag, null>, string> = {
  nonfinite: 'NaN/Inf',
  exploding: 'exploding',
  dead: 'dead',
};

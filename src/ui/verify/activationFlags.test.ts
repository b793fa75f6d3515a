import { describe, expect, it } from 'vitest';
import { activationFlag } from './activationFlags';

const stat = (over: Partial<Parameters<typeof activationFlag>[0]>) => ({
  name: 'Cell_0',
  shape: [1, 28, 28, 264],
  mean: 0.3,
  std: 0.8,
  min: -3,
  max: 9,
  nanCount: 0,
  infCount: 0,
  ...over,
});

describe('activationFlag', () => {
  it('leaves healthy activations unflagged', () => expect(activationFlag(stat({}))).toBeNull());
  it('flags NaN or Inf first', () => {
    expect(activationFlag(stat({ nanCount: 3 }))).toBe('nonfinite');
    expect(activationFlag(stat({ infCount: 1, std: 1e9 }))).toBe('nonfinite');
  });
  it('flags exploding cells by spread or magnitude', () => {
    expect(activationFlag(stat({ std: 5e3 }))).toBe('exploding');
    expect(activationFlag(stat({ max: 2e4 }))).toBe('exploding');
  });
  it('flags dead (constant) cells', () =>
    expect(activationFlag(stat({ std: 0, min: 0, max: 0, mean: 0 }))).toBe('dead'));
});

/** max |got - want| / max |want|: the oracle README's relative error (NaN in `got` never passes). */
export function relError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < want.length; i++) {
    diff = Math.max(diff, Math.abs((got[i] ?? NaN) - (want[i] ?? 0)));
    scale = Math.max(scale, Math.abs(want[i] ?? 0));
  }
  return diff / scale;
}

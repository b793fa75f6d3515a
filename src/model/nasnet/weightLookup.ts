import { SlimscopeError } from '../../base/errors';

/** A weight lookup over loaded values that fails with a readable error. */
export function weightLookup(
  values: ReadonlyMap<string, Float32Array>,
  file: string,
): (name: string) => Float32Array {
  return (name) => {
    const v = values.get(name);
    if (!v) throw missingWeightError(name, file);
    return v;
  };
}

/** The error for a graph variable the model needs and has no weights for. */
export function missingWeightError(name: string, file: string): SlimscopeError {
  return new SlimscopeError({
    code: 'NOT_FOUND',
    file,
    problem: `Graph variable "${name}" has no weights.`,
    hint: 'Match it (or pass a mapping file) before running the model.',
  });
}

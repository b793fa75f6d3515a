/**
 * Layout transforms a mapping pair can carry, as plain data (they cross the mapping file and the
 * worker boundary). Steps apply in order to the checkpoint tensor and yield the graph's layout.
 */
export type TransformStep =
  /** numpy `transpose(perm)`: output dim i is input dim perm[i]. */
  | { op: 'permute'; perm: number[]; label: string }
  /**
   * 1000 → 1001 classes: insert TF-Slim's background class at index 0 of `axis`. Weights get 0;
   * a 1-D bias gets min(bias) − 10 so the background class never outranks a real class.
   */
  | { op: 'insert_background_class'; axis: number }
  /** 1001 → 1000 classes: drop index 0 of `axis`. */
  | { op: 'drop_background_class'; axis: number };

/** `null` = the tensor is used as stored. */
export type Transform = TransformStep[] | null;

export const BACKGROUND_BIAS_MARGIN = 10;

export function describeTransform(t: Transform): string {
  if (!t || t.length === 0) return 'as stored';
  return t
    .map((s) =>
      s.op === 'permute'
        ? `${s.label} (transpose ${s.perm.join(',')})`
        : s.op === 'insert_background_class'
          ? `add background class (axis ${s.axis})`
          : `drop background class (axis ${s.axis})`,
    )
    .join(', then ');
}

/** The shape a transform produces from `shape`, or null when it does not apply. */
export function transformShape(shape: readonly number[], t: Transform): number[] | null {
  let out = [...shape];
  for (const step of t ?? []) {
    if (step.op === 'permute') {
      if (step.perm.length !== out.length) return null;
      const prev = out;
      out = step.perm.map((p) => prev[p] ?? -1);
      if (out.includes(-1)) return null;
    } else {
      const n = out[step.axis];
      if (n === undefined) return null;
      if (step.op === 'insert_background_class') out[step.axis] = n + 1;
      else if (n < 2) return null;
      else out[step.axis] = n - 1;
    }
  }
  return out;
}

export function isTransformStep(x: unknown): x is TransformStep {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  if (s.op === 'permute') {
    return (
      Array.isArray(s.perm) &&
      s.perm.every((p) => Number.isInteger(p) && (p as number) >= 0) &&
      new Set(s.perm).size === s.perm.length &&
      s.perm.every((p) => (p as number) < (s.perm as unknown[]).length) &&
      typeof s.label === 'string'
    );
  }
  if (s.op === 'insert_background_class' || s.op === 'drop_background_class') {
    return Number.isInteger(s.axis) && (s.axis as number) >= 0;
  }
  return false;
}

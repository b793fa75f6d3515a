import { SlimscopeError } from '../base/errors';

/** Tolerances the oracle holds the model to, as a fraction of max |reference logit|. */
export const COMPARE_TOLERANCE = { cpu: 1e-4, wasm: 2e-3, webgl: 2e-3 } as const;

export interface LogitsComparison {
  rows: number;
  classes: number;
  maxAbsDiff: number;
  /** Largest |reference| over all logits: the scale the tolerance is relative to. */
  maxAbsReference: number;
  /** maxAbsDiff / maxAbsReference. */
  maxRelDiff: number;
  /** Largest elementwise |Δ| / |reference| over logits with |reference| ≥ 1e-3 × the scale. */
  maxElementRelDiff: number;
  tolerance: number;
  /** The tolerance as a fraction of maxAbsReference (the backend's COMPARE_TOLERANCE). */
  relTolerance: number;
  /** Rows whose arg-max (top-1 class) agrees. */
  top1Agreement: number;
  pass: boolean;
  verdict: string;
}

function argmaxRow(v: Float32Array, row: number, classes: number): number {
  let best = 0;
  for (let c = 1; c < classes; c++) if (v[row * classes + c]! > v[row * classes + best]!) best = c;
  return best;
}

/**
 * Compares the model's logits with a reference from the user's own TensorFlow run.
 * `relTolerance` is a fraction of max |reference| (see COMPARE_TOLERANCE).
 */
export function compareLogits(
  actual: Float32Array,
  actualShape: number[],
  reference: Float32Array,
  referenceShape: number[],
  relTolerance: number,
  referenceFile = 'reference logits',
): LogitsComparison {
  const classes = actualShape[actualShape.length - 1] ?? 0;
  const refClasses = referenceShape[referenceShape.length - 1] ?? 0;
  if (refClasses !== classes || reference.length !== actual.length) {
    const hint =
      refClasses === classes - 1
        ? 'The reference has no background class (1000 classes); export logits from a 1001-class TF-Slim model.'
        : 'Use logits from the same inputs, in the same order, as the images run here.';
    throw new SlimscopeError({
      code: 'SHAPE_MISMATCH',
      file: referenceFile,
      problem: `The reference has shape [${referenceShape.join(', ')}] but the model produced [${actualShape.join(', ')}].`,
      hint,
    });
  }
  const rows = classes ? actual.length / classes : 0;
  let maxAbsDiff = 0;
  let maxAbsReference = 0;
  for (let i = 0; i < reference.length; i++)
    maxAbsReference = Math.max(maxAbsReference, Math.abs(reference[i]!));
  let maxElementRelDiff = 0;
  const floor = 1e-3 * maxAbsReference;
  let nonFinite = false;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(actual[i]! - reference[i]!);
    if (!Number.isFinite(d)) nonFinite = true;
    maxAbsDiff = Math.max(maxAbsDiff, d);
    const r = Math.abs(reference[i]!);
    if (r >= floor && r > 0) maxElementRelDiff = Math.max(maxElementRelDiff, d / r);
  }
  let top1Agreement = 0;
  for (let r = 0; r < rows; r++)
    if (argmaxRow(actual, r, classes) === argmaxRow(reference, r, classes)) top1Agreement++;
  const maxRelDiff = maxAbsReference > 0 ? maxAbsDiff / maxAbsReference : maxAbsDiff;
  const tolerance = relTolerance * maxAbsReference;
  const pass = !nonFinite && maxAbsDiff <= tolerance;
  return {
    rows,
    classes,
    maxAbsDiff: nonFinite ? Infinity : maxAbsDiff,
    maxAbsReference,
    maxRelDiff: nonFinite ? Infinity : maxRelDiff,
    maxElementRelDiff,
    tolerance,
    relTolerance,
    top1Agreement,
    pass,
    verdict: verdictText(pass, nonFinite, maxRelDiff, relTolerance, top1Agreement, rows),
  };
}

function verdictText(
  pass: boolean,
  nonFinite: boolean,
  rel: number,
  tol: number,
  top1: number,
  rows: number,
): string {
  if (nonFinite) return 'Mismatch: the model produced NaN or Inf logits.';
  const fmt = (x: number) => x.toExponential(1);
  if (pass) return `Match: logits agree within ${fmt(rel)} of the logit scale (tolerance ${fmt(tol)}).`;
  const top = top1 === rows ? 'the top-1 classes still agree' : `top-1 agrees for ${top1} of ${rows} inputs`;
  return `Mismatch: logits differ by ${fmt(rel)} of the logit scale (tolerance ${fmt(tol)}); ${top}.`;
}

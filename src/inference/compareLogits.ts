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
  /**
   * Set when the model and the reference have different class layouts (1001 with a background
   * class vs 1000 without): which columns were compared.
   */
  classLayout?: string;
}

/**
 * Model and reference columns that hold the same classes. Same width: all. One more column on one
 * side (TF-Slim's background class 0): that side's columns 1: against all of the other's.
 */
function alignedColumns(
  classes: number,
  refClasses: number,
): { actualStart: number; refStart: number; width: number; note?: string } | null {
  if (classes === refClasses) return { actualStart: 0, refStart: 0, width: classes };
  if (classes === refClasses + 1)
    return {
      actualStart: 1,
      refStart: 0,
      width: refClasses,
      note: `compared on the model's columns 1: (${refClasses} classes); the reference has no background class`,
    };
  if (refClasses === classes + 1)
    return {
      actualStart: 0,
      refStart: 1,
      width: classes,
      note: `compared on the reference's columns 1: (${classes} classes); the model has no background class`,
    };
  return null;
}

/** The `width` columns from `start` of a [rows, classes] buffer, as a dense [rows, width] one. */
function columns(v: Float32Array, rows: number, classes: number, start: number, width: number): Float32Array {
  if (start === 0 && width === classes) return v;
  const out = new Float32Array(rows * width);
  for (let r = 0; r < rows; r++)
    out.set(v.subarray(r * classes + start, r * classes + start + width), r * width);
  return out;
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
  const allClasses = actualShape[actualShape.length - 1] ?? 0;
  const refClasses = referenceShape[referenceShape.length - 1] ?? 0;
  const aligned = alignedColumns(allClasses, refClasses);
  const actualRows = allClasses ? actual.length / allClasses : 0;
  if (!aligned || !refClasses || reference.length / refClasses !== actualRows) {
    const hint = aligned
      ? 'Use logits from the same inputs, in the same order, as the images run here.'
      : `Logits of ${refClasses} classes cannot be compared with a ${allClasses}-class model; set the graph's class count to the reference's.`;
    throw new SlimscopeError({
      code: 'SHAPE_MISMATCH',
      file: referenceFile,
      problem: `The reference has shape [${referenceShape.join(', ')}] but the model produced [${actualShape.join(', ')}].`,
      hint,
    });
  }
  const classes = aligned.width;
  const rows = actualRows;
  actual = columns(actual, rows, allClasses, aligned.actualStart, classes);
  reference = columns(reference, rows, refClasses, aligned.refStart, classes);
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
    verdict:
      verdictText(pass, nonFinite, maxRelDiff, relTolerance, top1Agreement, rows) +
      (aligned.note ? ` Compared on ${aligned.note.replace(/^compared on /, '')}.` : ''),
    ...(aligned.note ? { classLayout: aligned.note } : {}),
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

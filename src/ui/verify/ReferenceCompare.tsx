import { compareWithReference } from '../../state/slices/verifyActions';
import type { VerifyRun } from '../../state/slices/verifySlice';
import { ReferenceDrop } from './ReferenceDrop';

const sci = (x: number) => (Number.isFinite(x) ? x.toExponential(2) : String(x));

/** Drop or pick reference logits (.npy) from the user's TF run; shows the differences and a verdict. */
export function ReferenceCompare({ run }: { run: VerifyRun }) {
  const ref = run.reference;
  const c = ref?.comparison;
  return (
    <ReferenceDrop
      label="Compare with reference logits…"
      accept=".npy"
      inputLabel={`Reference logits for run ${run.id}`}
      hint={`or drop a logits .npy [${run.logitsShape.join(', ')}] here (with or without the background class)`}
      onFile={(f) => void compareWithReference(run.id, f)}
    >
      {ref?.error && (
        <p role="alert">
          {ref.file}: {ref.error.problem} {ref.error.hint}
        </p>
      )}
      {c && (
        <div
          role="status"
          aria-label="Reference comparison"
          className={c.pass ? 'verdict pass' : 'verdict fail'}
        >
          <strong>{c.verdict}</strong>
          <dl>
            <dt>Reference</dt>
            <dd>{ref.file}</dd>
            <dt>Max absolute difference</dt>
            <dd>{sci(c.maxAbsDiff)}</dd>
            <dt>Max relative difference</dt>
            <dd>
              {sci(c.maxRelDiff)} of max |logit| {sci(c.maxAbsReference)} (elementwise{' '}
              {sci(c.maxElementRelDiff)})
            </dd>
            <dt>Tolerance</dt>
            <dd>
              {sci(c.tolerance)} ({c.relTolerance} × max |logit| on {run.backend})
            </dd>
            {c.classLayout && (
              <>
                <dt>Class layout</dt>
                <dd>{c.classLayout}</dd>
              </>
            )}
            <dt>Top-1 agreement</dt>
            <dd>
              {c.top1Agreement} of {c.rows}
            </dd>
          </dl>
        </div>
      )}
    </ReferenceDrop>
  );
}

import { useRef, type DragEvent } from 'react';
import { compareWithReference } from '../../state/slices/verifyActions';
import type { VerifyRun } from '../../state/slices/verifySlice';

const sci = (x: number) => (Number.isFinite(x) ? x.toExponential(2) : String(x));

/** Drop or pick reference logits (.npy) from the user's TF run; shows the differences and a verdict. */
export function ReferenceCompare({ run }: { run: VerifyRun }) {
  const input = useRef<HTMLInputElement>(null);
  const onDrop = (e: DragEvent) => {
    // preventDefault marks the drop as taken, so the window-wide checkpoint drop ignores it.
    e.preventDefault();
    const f = e.dataTransfer.files[0];
    if (f) void compareWithReference(run.id, f);
  };
  const ref = run.reference;
  const c = ref?.comparison;
  return (
    <div
      className="verify-reference"
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
      onDrop={onDrop}
    >
      <button type="button" onClick={() => input.current?.click()}>
        Compare with reference logits…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".npy"
        aria-label={`Reference logits for run ${run.id}`}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void compareWithReference(run.id, f);
        }}
      />
      <span className="verify-hint">
        {' '}
        or drop a logits .npy [{run.logitsShape.join(', ')}] here (with or without the background class)
      </span>
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
    </div>
  );
}

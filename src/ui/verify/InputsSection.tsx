import { useRef, useState, type DragEvent } from 'react';
import type { SlimscopeErrorInit } from '../../base/errors';
import { compareWithReference, runVerifyInputs } from '../../state/slices/verifyActions';
import { useAppStore } from '../../state/store';
import { decodeInputs, decodeSample, type DecodedInput } from '../../state/slices/verifyInputs';
import { SAMPLES } from './samples';

const nothingRunYet = (file: string): SlimscopeErrorInit => ({
  code: 'NOT_FOUND',
  file,
  problem: 'This looks like reference logits, but nothing has run yet.',
  hint: 'Run the matching inputs first, then drop their logits.',
});

/** Built-in samples (with attribution) and the user's own images or preprocessed .npy batches. */
export function InputsSection() {
  const running = useAppStore((s) => s.running);
  const runProgress = useAppStore((s) => s.runProgress);
  const setVerifyError = useAppStore((s) => s.setVerifyError);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragOver, setDragOver] = useState(false);

  const run = async (load: () => Promise<DecodedInput[]>) => {
    try {
      await runVerifyInputs(await load());
    } catch (e) {
      setVerifyError({ code: 'BAD_FORMAT', file: '', problem: String(e), hint: '' });
    }
  };
  const runFiles = async (files: File[]) => {
    const { inputs, references, errors } = await decodeInputs(files);
    if (inputs.length) await runVerifyInputs(inputs);
    // After the run (which clears old errors), unless the run itself failed and said why.
    const first = errors[0];
    if (first && !useAppStore.getState().verifyError) setVerifyError(first.toJSON());
    // Reference logits dropped here go to the newest run (the one just made, if any).
    const latest = useAppStore.getState().runs[0];
    for (const ref of references) {
      if (latest) await compareWithReference(latest.id, ref);
      else setVerifyError(nothingRunYet(ref.name));
    }
  };
  const onDrop = (e: DragEvent) => {
    // preventDefault marks the drop as taken, so the window-wide checkpoint drop ignores it.
    e.preventDefault();
    setDragOver(false);
    void runFiles([...e.dataTransfer.files]);
  };
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setDragOver(true);
  };

  return (
    <div className="verify-inputs" role="group" aria-label="Inputs">
      <ul className="verify-samples" aria-label="Sample images">
        {SAMPLES.map((s) => (
          <li key={s.file}>
            <button
              type="button"
              aria-label={`Run sample ${s.label}`}
              disabled={running}
              onClick={() => void run(async () => [await decodeSample(s.file, s.label)])}
            >
              <img src={`${import.meta.env.BASE_URL}samples/${s.file}`} alt="" width={56} height={56} />
              <span>{s.label}</span>
            </button>
            <small className="verify-credit">{s.credit}</small>
          </li>
        ))}
      </ul>
      <div className="verify-row">
        <button
          type="button"
          disabled={running}
          onClick={() => void run(() => Promise.all(SAMPLES.map((s) => decodeSample(s.file, s.label))))}
        >
          Run all samples
        </button>
        <button type="button" disabled={running} onClick={() => fileInput.current?.click()}>
          Run your images…
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          multiple
          accept="image/*,.npy"
          aria-label="Images or preprocessed .npy to run"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void runFiles(files);
          }}
        />
        {running && (
          <span role="status" aria-label="Run progress">
            {runProgress
              ? `Running… ${runProgress.phase}`
              : 'Running… loading weights and preparing the backend'}
            {runProgress && runProgress.total > 0 && (
              <progress max={runProgress.total} value={runProgress.done} aria-hidden="true" />
            )}
          </span>
        )}
      </div>
      <div
        className={`verify-drop${dragOver ? ' over' : ''}`}
        onDragOver={onDragOver}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        Drop images (several at once), a preprocessed input .npy, or reference logits .npy here
      </div>
    </div>
  );
}

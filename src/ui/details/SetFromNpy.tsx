import { useRef, useState, type DragEvent } from 'react';
import { setGraphFromNpy } from '../../state/actions/npyActions';
import { useAppStore } from '../../state/store';

interface Outcome {
  file: File;
  refused?: string;
  options?: string[];
  notices?: string[];
}

/** "Set from .npy…" for one graph variable: pick or drop a file, pick a layout when asked. */
export function SetFromNpy({ graph }: { graph: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hasCheckpoint = useAppStore((s) => s.checkpoint !== null && s.mapping !== null);
  const send = async (file: File, layout?: number) => {
    const u = await setGraphFromNpy(graph, file, layout);
    if (!u) return;
    const refused = u.refusal?.graph === graph ? u.refusal.reason : undefined;
    setOutcome({
      file,
      ...(refused ? { refused } : {}),
      ...(u.npyChoice ? { options: u.npyChoice.options } : {}),
      ...(u.warnings?.length ? { notices: u.warnings } : {}),
    });
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file || !/\.npy$/i.test(file.name)) return;
    e.preventDefault();
    e.stopPropagation();
    void send(file);
  };
  return (
    <div
      className="set-npy"
      aria-label="Set from .npy"
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={onDrop}
    >
      <button type="button" disabled={!hasCheckpoint} onClick={() => input.current?.click()}>
        Set from .npy…
      </button>
      <input
        ref={input}
        type="file"
        accept=".npy"
        hidden
        aria-label={`.npy file for ${graph}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void send(file);
        }}
      />
      {outcome?.refused && (
        <p role="alert" className="st-unmatched">
          {outcome.file.name} refused: {outcome.refused}
        </p>
      )}
      {outcome?.options && (
        <div role="group" aria-label="Layout of the .npy">
          <p>The array fits {graph} only in another layout:</p>
          {outcome.options.map((label, i) => (
            <button key={label} type="button" onClick={() => void send(outcome.file, i)}>
              Use {label}
            </button>
          ))}
        </div>
      )}
      {outcome?.notices?.map((n) => (
        <p key={n} role="status" className="muted">
          {n}
        </p>
      ))}
    </div>
  );
}

import { useRef, type DragEvent, type ReactNode } from 'react';

interface Props {
  /** The button's text, e.g. "Compare with reference logits…". */
  label: string;
  accept: string;
  /** Accessible name of the hidden file input. */
  inputLabel: string;
  hint: ReactNode;
  disabled?: boolean;
  onFile: (file: File) => void;
  children?: ReactNode;
}

/** A reference file for one Verify run: picked with the button or dropped on the box. */
export function ReferenceDrop({ label, accept, inputLabel, hint, disabled, onFile, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const stop = (e: DragEvent) => {
    // preventDefault marks the drop as taken, so the window-wide checkpoint drop ignores it.
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div
      className="verify-reference"
      onDragOver={stop}
      onDrop={(e) => {
        stop(e);
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <button type="button" onClick={() => input.current?.click()} disabled={disabled}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={inputLabel}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
      <span className="verify-hint"> {hint}</span>
      {children}
    </div>
  );
}

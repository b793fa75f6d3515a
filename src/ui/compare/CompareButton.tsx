import { useRef } from 'react';
import { compareWithFiles } from '../../state/actions/compareActions';
import { filesFromList } from '../shell/collectDroppedFiles';

/** "Compare with…": picks checkpoint B's files (a hidden input scripts may setInputFiles on). */
export function CompareButton({ disabled }: { disabled: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        title="Open a second checkpoint (B) and compare it value by value with this one (or drop it while holding Alt)"
        onClick={() => ref.current?.click()}
      >
        Compare with…
      </button>
      <input
        ref={ref}
        type="file"
        multiple
        hidden
        aria-label="Checkpoint B files"
        data-testid="compare-files-input"
        onChange={(e) => {
          const files = filesFromList(e.currentTarget.files);
          e.currentTarget.value = '';
          if (files.length) void compareWithFiles(files);
        }}
      />
    </>
  );
}

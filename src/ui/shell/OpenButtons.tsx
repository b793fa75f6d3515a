import { useRef } from 'react';
import { openFiles } from '../../state/actions/openActions';
import { filesFromList } from './collectDroppedFiles';

/** "Open files…" and "Open folder…" with their hidden file inputs (scripts may setInputFiles on them). */
export function OpenButtons() {
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const onChange = (input: HTMLInputElement) => {
    const files = filesFromList(input.files);
    input.value = '';
    if (files.length) void openFiles(files);
  };
  return (
    <>
      <button type="button" onClick={() => filesRef.current?.click()} title="Open checkpoint files (Ctrl+O)">
        Open files…
      </button>
      <button
        type="button"
        onClick={() => folderRef.current?.click()}
        title="Open a checkpoint or SavedModel folder"
      >
        Open folder…
      </button>
      <input
        ref={filesRef}
        type="file"
        multiple
        hidden
        aria-label="Checkpoint files"
        data-testid="open-files-input"
        onChange={(e) => onChange(e.currentTarget)}
      />
      <input
        ref={folderRef}
        type="file"
        hidden
        aria-label="Checkpoint folder"
        data-testid="open-folder-input"
        // @ts-expect-error -- webkitdirectory is a non-standard attribute every engine supports.
        webkitdirectory=""
        onChange={(e) => onChange(e.currentTarget)}
      />
    </>
  );
}

import { useRef } from 'react';
import {
  assignmentMapDownload,
  importMappingFile,
  mappingDocumentDownload,
} from '../../state/actions/mappingFileActions';
import { autoMatch, redo, setPreferEma, undo } from '../../state/actions/mappingActions';
import { useAppStore } from '../../state/store';
import { saveBlob } from '../common/download';

/** Top-bar mapping commands: auto-match, undo/redo, EMA switch, export and import. */
export function MappingToolbar() {
  const hasCheckpoint = useAppStore((s) => s.checkpoint !== null);
  const mapping = useAppStore((s) => s.mapping);
  const importRef = useRef<HTMLInputElement>(null);
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';
  return (
    <div className="toolbar-group" role="group" aria-label="Mapping">
      <button type="button" disabled={!hasCheckpoint} onClick={() => void autoMatch()}>
        Auto-match
      </button>
      <button type="button" disabled={!mapping?.canUndo} onClick={() => void undo()} title={`Undo (${mod}Z)`}>
        Undo
      </button>
      <button
        type="button"
        disabled={!mapping?.canRedo}
        onClick={() => void redo()}
        title={`Redo (${mod}Shift+Z)`}
      >
        Redo
      </button>
      <label title="Use the ExponentialMovingAverage copies instead of the raw weights where both exist">
        <input
          type="checkbox"
          disabled={!mapping}
          checked={mapping?.preferEma ?? false}
          onChange={(e) => void setPreferEma(e.target.checked)}
        />{' '}
        Use EMA weights
      </label>
      <button
        type="button"
        disabled={!mapping}
        onClick={() => {
          const d = mappingDocumentDownload();
          if (d) saveBlob(d.blob, d.fileName);
        }}
      >
        Export mapping
      </button>
      <button
        type="button"
        disabled={!mapping}
        title="Plain {checkpoint name: graph name} JSON for tf.compat.v1.train.init_from_checkpoint; pairs that need a transform cannot be in it (Export re-keyed checkpoint applies them)"
        onClick={() => void assignmentMapDownload().then((d) => d && saveBlob(d.blob, d.fileName))}
      >
        Export assignment map
      </button>
      <button type="button" disabled={!hasCheckpoint} onClick={() => importRef.current?.click()}>
        Import mapping…
      </button>
      <input
        ref={importRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Mapping document file"
        data-testid="import-mapping-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importMappingFile(file);
        }}
      />
    </div>
  );
}

import { useState } from 'react';
import { exportMappedNpz, exportRekeyedCheckpoint } from '../../state/actions/exportActions';
import { useAppStore } from '../../state/store';
import type { ExportedFiles } from '../../workers/checkpoint/exportCatalogue';
import { saveBlob } from '../common/download';

export const saveAll = (out: ExportedFiles | undefined) =>
  out?.files.forEach((f) => saveBlob(f.blob, f.fileName));

/** Weight exports through the mapping: a re-keyed TF checkpoint, or an .npz keyed by graph names. */
export function ExportSection() {
  const mapped = useAppStore((s) => (s.mapping?.pairs.length ?? 0) > 0);
  const [keepUnmapped, setKeepUnmapped] = useState(false);
  return (
    <section className="export-section" aria-label="Export weights">
      <h3>Export weights</h3>
      <div className="map-buttons">
        <button
          type="button"
          disabled={!mapped}
          onClick={() => void exportRekeyedCheckpoint(keepUnmapped).then(saveAll)}
        >
          Export re-keyed checkpoint
        </button>
        <button type="button" disabled={!mapped} onClick={() => void exportMappedNpz().then(saveAll)}>
          Export mapped weights (.npz)
        </button>
      </div>
      <label title="Also write EMA copies, optimizer slots and global_step under their own names">
        <input type="checkbox" checked={keepUnmapped} onChange={(e) => setKeepUnmapped(e.target.checked)} />{' '}
        Keep unmapped extras in the checkpoint
      </label>
    </section>
  );
}

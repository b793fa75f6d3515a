/** Shown while files are dragged over the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <div className="drop-card">
        <strong>Drop to open</strong>
        <span className="muted">
          checkpoint files (.index + .data-*, .meta), a SavedModel or checkpoint folder, .npy / .npz, .keras,
          a TF.js model.json with its .bin shards
        </span>
      </div>
    </div>
  );
}

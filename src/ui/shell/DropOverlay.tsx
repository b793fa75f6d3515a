import '../compare/compare.css';

/** Shown while files are dragged over the window; with a checkpoint open, also a compare target. */
export function DropOverlay({ canCompare = false }: { canCompare?: boolean }) {
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <div className="drop-targets">
        <div className="drop-card">
          <strong>Drop to open</strong>
          <span className="muted">
            checkpoint files (.index + .data-*, .meta), a SavedModel or checkpoint folder, a PyTorch
            .pth/.pt/.bin, .safetensors, Keras .h5/.keras, a TF.js model.json with its .bin shards, .npy /
            .npz
          </span>
        </div>
        {canCompare && (
          <div className="drop-card drop-compare" data-drop-compare="">
            <strong>Drop here to compare</strong>
            <span className="muted">
              opens it as B beside the open checkpoint (or hold Alt while dropping)
            </span>
          </div>
        )}
      </div>
    </div>
  );
}

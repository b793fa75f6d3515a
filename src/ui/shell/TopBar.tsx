import type { ReactNode } from 'react';
import { openDemo } from '../../state/actions/openActions';
import { useAppStore } from '../../state/store';
import { OpenButtons } from './OpenButtons';

const FORMAT_LABELS: Record<string, string> = {
  'tf-v2': 'TF V2 checkpoint',
  'tf-v1': 'TF V1 checkpoint',
  npy: 'NumPy .npy',
  npz: 'NumPy .npz',
  safetensors: 'safetensors',
  'keras-h5': 'Keras HDF5',
};

/** App title, what is open, and the open/mapping commands. */
export function TopBar({ children }: { children?: ReactNode }) {
  const checkpoint = useAppStore((s) => s.checkpoint);
  return (
    <header className="topbar" aria-label="Toolbar">
      <span className="brand">Slimscope</span>
      <OpenButtons />
      {!checkpoint?.synthetic && (
        <button type="button" onClick={() => void openDemo()}>
          Open demo
        </button>
      )}
      <div className="source-label" aria-label="Open checkpoint" role="group">
        {checkpoint ? (
          <>
            <span className="mono" title={checkpoint.files.map((f) => f.name).join('\n')}>
              {checkpoint.prefix || '(empty prefix)'}
            </span>
            <span className="muted">{FORMAT_LABELS[checkpoint.format] ?? checkpoint.format}</span>
            {checkpoint.synthetic && (
              <span
                className="badge demo"
                title="Generated in your browser by Slimscope's own checkpoint writer"
              >
                synthetic demo
              </span>
            )}
          </>
        ) : (
          <span className="muted">No checkpoint open</span>
        )}
      </div>
      <span className="spacer" />
      {children}
    </header>
  );
}

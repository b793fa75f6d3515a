import { scanAllStatistics } from '../../state/actions/statsActions';
import { useAppStore } from '../../state/store';
import { formatBytes } from '../common/format';
import { CompareButton } from '../compare/CompareButton';

const FORMAT_LABELS: Record<string, string> = {
  'tf-v2': 'TF V2 checkpoint',
  'tf-v1': 'TF V1 checkpoint',
  npy: 'NumPy .npy',
  npz: 'NumPy .npz',
  safetensors: 'safetensors',
  'keras-h5': 'Keras HDF5',
  keras3: 'Keras 3 .keras',
  tfjs: 'TF.js model',
};

/** What is open: prefix, format, size, and the "synthetic demo" label for the built-in demo. */
export function SourceHeader() {
  const checkpoint = useAppStore((s) => s.checkpoint);
  const scanning = useAppStore((s) => s.tasks.some((t) => t.label === 'Scanning statistics'));
  const comparing = useAppStore((s) => s.tasks.some((t) => t.label === 'Comparing checkpoints'));
  return (
    <div className="source-header" aria-label="Open checkpoint" role="group">
      {checkpoint ? (
        <>
          <span className="mono source-prefix" title={checkpoint.files.map((f) => f.name).join('\n')}>
            {checkpoint.prefix || '(empty prefix)'}
          </span>
          {checkpoint.synthetic && (
            <span
              className="badge demo"
              title="Generated in your browser by Slimscope's own checkpoint writer"
            >
              synthetic demo
            </span>
          )}
          <span className="muted source-format">
            {FORMAT_LABELS[checkpoint.format] ?? checkpoint.format} ·{' '}
            {formatBytes(checkpoint.files.reduce((a, f) => a + f.size, 0))}
          </span>
          <button
            type="button"
            className="source-scan"
            disabled={scanning}
            title="Stream every numeric tensor for NaN/Inf/zero counts and ranges (results in the Report tab)"
            onClick={() => void scanAllStatistics()}
          >
            Scan all statistics
          </button>
          <CompareButton disabled={comparing} />
        </>
      ) : (
        <span className="muted">No checkpoint open — drop files anywhere</span>
      )}
    </div>
  );
}

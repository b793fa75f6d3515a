import { cancelTask } from '../../state/actions/runTask';
import type { Task } from '../../state/slices/tasksSlice';
import { useAppStore } from '../../state/store';
import { formatBytes, formatRate } from '../common/format';
import { BackendBadge } from '../verify/BackendBadge';
import { WasmThreads } from '../verify/WasmThreads';

/** Bottom bar: running tasks with progress, MB/s and Cancel; a summary of the open checkpoint. */
export function StatusBar() {
  const tasks = useAppStore((s) => s.tasks);
  const checkpoint = useAppStore((s) => s.checkpoint);
  const mapping = useAppStore((s) => s.mapping);
  return (
    <footer className="statusbar" aria-label="Status bar">
      {tasks.map((t) => (
        <TaskView key={t.id} task={t} />
      ))}
      <span className="spacer" />
      {checkpoint && (
        <span className="muted">
          {checkpoint.variables.length.toLocaleString()} variables ·{' '}
          {formatBytes(checkpoint.files.reduce((a, f) => a + f.size, 0))} in {checkpoint.files.length} file(s)
        </span>
      )}
      {mapping && (
        <span className="muted">
          {mapping.pairs.length.toLocaleString()} mapped · {mapping.missing.length.toLocaleString()} missing
        </span>
      )}
      <BackendBadge />
      <WasmThreads />
    </footer>
  );
}

function TaskView({ task }: { task: Task }) {
  const p = task.progress;
  const percent = p && p.total > 0 ? Math.round((100 * p.done) / p.total) : null;
  return (
    <div
      className="task"
      role="progressbar"
      aria-label={task.label}
      aria-valuenow={percent ?? undefined}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <span>{task.label}</span>
      <progress value={percent ?? undefined} max={100} aria-hidden="true" />
      {percent !== null && <span>{percent}%</span>}
      {p?.phase && <span className="muted">{p.phase}</span>}
      <span className="muted">{formatRate(p?.bytesPerSecond)}</span>
      {task.cancellable && (
        <button type="button" onClick={() => cancelTask(task.id)} aria-label={`Cancel ${task.label}`}>
          Cancel
        </button>
      )}
    </div>
  );
}

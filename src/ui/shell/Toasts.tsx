import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import type { Toast } from '../../state/slices/uiSlice';

const AUTO_DISMISS_MS: Record<Toast['kind'], number | null> = {
  error: null,
  warning: 12_000,
  info: 6_000,
  success: 3_000,
};

/** Notifications; errors stay until dismissed and say which file, what is wrong and what to do. */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  return (
    <div className="toasts" aria-label="Notifications" role="region">
      {toasts.map((t) => (
        <ToastView key={t.id} toast={t} />
      ))}
    </div>
  );
}

function ToastView({ toast }: { toast: Toast }) {
  const dismiss = useAppStore((s) => s.dismissToast);
  useEffect(() => {
    const ms = AUTO_DISMISS_MS[toast.kind];
    if (ms === null) return;
    const timer = setTimeout(() => dismiss(toast.id), ms);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <div className="toast-title">{toast.title}</div>
      {toast.file && (
        <div className="toast-file mono" title={toast.file}>
          {toast.file}
        </div>
      )}
      {toast.detail && <div className="toast-detail">{toast.detail}</div>}
      {toast.hint && <div className="toast-hint muted">{toast.hint}</div>}
      <button
        type="button"
        className="toast-close"
        aria-label="Dismiss notification"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

import { getState } from '../../state/store';
import { formatBytes } from './format';

/**
 * Saves a Blob through a temporary object URL (no network involved) and confirms it with a toast:
 * the browser's own download UI may be hidden, so the app says what it saved.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  getState().pushToast({ kind: 'success', title: `Exported ${fileName} (${formatBytes(blob.size)})` });
}

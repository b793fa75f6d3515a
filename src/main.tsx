import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './state/actions/startup';
import { showError } from './state/actions/runTask';
import { App } from './ui/shell/App';
import { registerServiceWorker } from './ui/offline/registerServiceWorker';
import './ui/shell/app.css';
import './ui/shell/panels.css';

// Nothing thrown anywhere may reach the user raw: it becomes a toast, and the work stays.
window.addEventListener('error', (e) => showError(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => showError(e.reason));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void startApp();
}
registerServiceWorker();

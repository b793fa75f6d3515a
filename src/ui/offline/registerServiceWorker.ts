/**
 * Registers the precaching service worker of the built app (sw.js, generated at build time), so
 * Slimscope works offline once it has been loaded. Not in development: Vite serves modules live.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((e: unknown) => {
      console.warn('Offline support is unavailable (service worker not registered):', e);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerSource } from './src/ui/offline/serviceWorkerSource';

/**
 * The app's Content-Security-Policy: everything from its own origin only; no eval and no inline
 * script. 'wasm-unsafe-eval' lets WebAssembly compile (TF.js WASM, h5wasm) without allowing JS eval;
 * blob: covers worker/download/image URLs the app creates itself, data: images from canvases.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' blob: data:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];
export const CSP = CSP_DIRECTIVES.join('; ');
/** As a header it can also forbid framing (frame-ancestors is ignored in a meta tag). */
const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;
const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Puts the CSP into the built index.html as the first thing in <head>. */
function slimscopeCsp(): Plugin {
  return {
    name: 'slimscope-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

/** Writes sw.js next to the built files with the list of everything to precache for offline use. */
function slimscopeOffline(): Plugin {
  let outDir = 'dist';
  return {
    name: 'slimscope-offline',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    writeBundle() {
      const files = listFiles(outDir)
        .map((p) => relative(outDir, p).split(sep).join('/'))
        .filter((f) => !f.endsWith('.map') && f !== 'sw.js')
        .sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(version, ['./', ...files]));
    },
  };
}

export default defineConfig({
  plugins: [react(), slimscopeCsp(), slimscopeOffline()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4096 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: SECURITY_HEADERS },
});

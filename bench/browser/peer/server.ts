// Serves the browser peer bench from one origin, cross-origin isolated (COOP/COEP, so WASM may
// use threads): the page and workers bundled here by esbuild (not part of the app's build), the
// engines' WASM files from node_modules, and the oracle files. Nothing else answers.
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const ENTRIES = ['page', 'slimscope.worker', 'onnx.worker'];

const HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cache-Control': 'no-store',
};
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  mjs: 'text/javascript',
  wasm: 'application/wasm',
};
const PAGE =
  '<!doctype html><meta charset="utf-8"><title>peer bench</title><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>';

export interface PeerServer {
  url: string;
  close(): Promise<void>;
}

/** The page and worker bundles, in memory: `/page.js` → its code. */
async function bundles(): Promise<Map<string, Uint8Array>> {
  const result = await build({
    entryPoints: Object.fromEntries(ENTRIES.map((e) => [e, join(here, `${e}.ts`)])),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: '/',
    write: false,
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((f) => [f.path, f.contents]));
}

/** URL folder → the directory it serves and the file names it may serve there. */
function staticDirs(oracleDir: string): [string, string, RegExp][] {
  return [
    ['/ort/', dirname(require.resolve('onnxruntime-web')), /^ort[\w.-]*\.(mjs|wasm)$/],
    [
      '/tfjs-wasm/',
      dirname(require.resolve('@tensorflow/tfjs-backend-wasm')),
      /^tfjs-backend-wasm[\w-]*\.wasm$/,
    ],
    [
      '/oracle/nasnet-mobile/',
      join(oracleDir, 'nasnet-mobile'),
      /^(model\.ckpt\.(index|data-\d+-of-\d+)|input\.npy)$/,
    ],
    ['/oracle/nasnet-mobile-onnx/', join(oracleDir, 'nasnet-mobile-onnx'), /^nasnet_mobile\.onnx$/],
  ];
}

function send(res: ServerResponse, status: number, type: string, body?: Uint8Array | string): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type });
  res.end(body);
}

export async function startPeerServer(oracleDir: string, port = 0): Promise<PeerServer> {
  const code = await bundles();
  const dirs = staticDirs(oracleDir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const ext = path.split('.').pop() ?? '';
    if (path === '/') return send(res, 200, TYPES.html!, PAGE);
    const bundled = code.get(path);
    if (bundled) return send(res, 200, TYPES.js!, bundled);
    for (const [prefix, dir, allowed] of dirs) {
      const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
      if (!allowed.test(name) || !existsSync(join(dir, name))) continue;
      res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES[ext] ?? 'application/octet-stream' });
      createReadStream(join(dir, name)).pipe(res);
      return;
    }
    send(res, 404, 'text/plain', `not served: ${path}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}

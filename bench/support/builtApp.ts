// The built app (dist/) served by `vite preview` on a free local port, for the benches that drive
// it in Chromium. The server is its own process group so stopping it leaves no vite behind.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Preview {
  url: string;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Builds dist/ when it is missing. */
export function ensureBuilt(): void {
  if (existsSync('dist/index.html')) return;
  console.log('building the app (dist/ missing)…');
  const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill();
  }
}

/** Starts `vite preview` of dist/ and waits until it answers. */
export async function startPreview(port?: number): Promise<Preview> {
  const p = port ?? (await freePort());
  const child = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(p), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${p}/`;
  for (let i = 0; i < 150; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop: () => stopGroup(child) };
    await new Promise((r) => setTimeout(r, 200));
  }
  stopGroup(child);
  throw new Error('vite preview did not start');
}

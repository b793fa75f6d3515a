#!/usr/bin/env node
// One command for a newcomer: install dependencies when missing, then serve the app with its demo.
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!existsSync('node_modules/.package-lock.json')) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci']);
}
const port = process.env.PORT ?? '5173';
// Vite listens on 127.0.0.1 only (not every interface): print that address, which always works.
console.log(`Starting Slimscope on http://127.0.0.1:${port}/ (built-in synthetic demo checkpoint included)`);
const child = spawn('npx', ['vite', '--port', port, '--host', '127.0.0.1', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));

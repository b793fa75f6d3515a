#!/usr/bin/env node
// `npm test`: installs what it needs (dependencies, Debian's Chromium), then runs every check in order.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const step = (title, cmd, args) => {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(r.status ?? 1);
  }
};
if (!existsSync('node_modules/.package-lock.json')) step('install dependencies', 'npm', ['ci']);
step('ensure Chromium', 'bash', ['scripts/ensure-chromium.sh']);
step('format check', 'npx', ['prettier', '--check', '.']);
step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('layer check', 'node', ['scripts/check-layers.mjs']);
step('unit tests', 'npx', ['vitest', 'run']);
step('build', 'npx', ['vite', 'build']);
step('CSP and offline check', 'node', ['scripts/check-csp.mjs']);
step('browser tests', 'npx', ['playwright', 'test']);
console.log('\n✔ all checks passed');

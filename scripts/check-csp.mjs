#!/usr/bin/env node
// Checks the BUILT app (dist/, after `vite build`): index.html carries a Content-Security-Policy that
// allows only the app's own origin (no eval, no inline script, no remote hosts), has no inline
// script, loads only same-origin files, and sw.js precaches every built file for offline use.
// Usage: node scripts/check-csp.mjs [distDir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const problems = [];
const fail = (msg) => problems.push(msg);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`check-csp: ${dist}/index.html not found; run \`npx vite build\` first.`);
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const decode = (s) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

// 1. The policy itself.
const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=["']([^"]*)["']/i.exec(html);
const directives = new Map();
if (!meta) fail('index.html has no <meta http-equiv="Content-Security-Policy">.');
else {
  for (const part of decode(meta[1]).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const firstMeta = html.search(/<meta\s+http-equiv=["']Content-Security-Policy/i);
  const firstScript = html.search(/<script|<link/i);
  if (firstScript >= 0 && firstMeta > firstScript)
    fail('The CSP meta tag must come before any script or link.');
}
const ALLOWED_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'blob:', 'data:']);
const effective = (d) => directives.get(d) ?? directives.get('default-src');
if (directives.size > 0) {
  if (!(directives.get('default-src') ?? []).every((v) => v === "'self'" || v === "'none'"))
    fail(`default-src must be 'self' only (is: ${directives.get('default-src')?.join(' ')}).`);
  for (const d of ['script-src', 'worker-src', 'connect-src', 'style-src', 'img-src', 'font-src'])
    if (!effective(d)) fail(`${d} is not restricted (no ${d} and no default-src).`);
  const script = effective('script-src') ?? [];
  if (script.includes("'unsafe-eval'")) fail("script-src allows 'unsafe-eval'.");
  if (script.includes("'unsafe-inline'")) fail("script-src allows 'unsafe-inline'.");
  if (script.includes('data:') || script.includes('blob:')) fail('script-src allows data:/blob: scripts.');
  if (!directives.has('object-src') || directives.get('object-src')[0] !== "'none'")
    fail("object-src must be 'none'.");
  for (const [name, values] of directives) {
    for (const v of values) {
      if (name === 'form-action' || name === 'base-uri') continue;
      if (!ALLOWED_SOURCES.has(v)) fail(`${name} allows "${v}": only the app's own origin is allowed.`);
    }
  }
}

// 2. No inline script, no remote resources in the page.
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (!/\bsrc=/.test(m[1])) fail('index.html has an inline <script>.');
  if (m[2].trim()) fail('index.html has a <script> with inline content.');
}
if (/\son[a-z]+\s*=/i.test(html)) fail('index.html has an inline event handler attribute.');
for (const m of html.matchAll(/\b(?:src|href)=["']([^"']+)["']/gi)) {
  if (/^(https?:)?\/\//i.test(m[1])) fail(`index.html loads a remote resource: ${m[1]}`);
}

// 3. Offline: sw.js precaches every built file.
const files = (function walk(dir) {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
  );
})(dist)
  .map((p) => relative(dist, p).split(sep).join('/'))
  .filter((f) => !f.endsWith('.map') && f !== 'sw.js');
if (!existsSync(join(dist, 'sw.js'))) fail('dist/sw.js (offline service worker) is missing.');
else {
  const listed = /const FILES = (\[[^\n]*\]);/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'));
  const precached = new Set(listed ? JSON.parse(listed[1]) : []);
  const missing = files.filter((f) => !precached.has(f));
  if (missing.length)
    fail(`sw.js does not precache: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}`);
}

if (problems.length) {
  console.error(`CSP/offline check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `CSP check passed: ${[...directives.keys()].length} directives, own origin only; sw.js precaches ${files.length} files.`,
);

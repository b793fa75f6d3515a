#!/usr/bin/env node
// Fails when a module imports from a layer above its own, when code below `state` touches the DOM or
// React, or when the UI reaches past `state` at run time. Layer order and the one exception live here.
// `node scripts/check-layers.mjs [--src <dir>]` (default: this project's src/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const srcArg = process.argv.indexOf('--src');
const src = srcArg > 0 ? resolve(process.argv[srcArg + 1] ?? '') : join(root, 'src');
const LAYERS = ['base', 'formats', 'model', 'matching', 'inference', 'workers', 'state', 'ui'];
// cli is a headless front end: it may use everything up to `workers` but never state or ui.
// testing holds test-only code (Node fs access to ../shared, fuzz mutators, simulated users,
// foreign-named NASNet variants); only tests and bench import it, and it may use any layer below state.
const RANK = Object.fromEntries(LAYERS.map((l, i) => [l, i]));
RANK.cli = RANK.workers;
RANK.testing = RANK.workers;
const DOM_FREE_BELOW = RANK.state;
// The page reaches workers, inference and formats only through `state`: what ui imports at run time
// is bundled into the page, and TF.js, parsers and worker services belong in workers (or behind a
// lazy import in state). Type-only imports are erased at build time and stay allowed.
const UI_RUNTIME_FORBIDDEN = new Set(['workers', 'inference', 'formats']);
const UI_PACKAGES_FORBIDDEN = /^@tensorflow\//;
const EXCEPTIONS = new Set([
  // main.tsx is the app entry: it wires state and ui together.
  'main.tsx',
]);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const layerOf = (file) => relative(src, file).split(sep)[0];
const isTest = (file) => /\.test\.tsx?$/.test(file);
const importRe =
  /(import|export)\s([^'"]*?)from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g;

/** `import type …`, `export type …` or `import { type A, type B }`: erased when compiled. */
function isTypeOnly(clause) {
  if (/^\s*type\s/.test(clause)) return true;
  const named = /^\s*\{([^}]*)\}\s*$/.exec(clause);
  if (!named) return false;
  const names = named[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => /^type\s/.test(n));
}

const problems = [];

for (const file of walk(src)) {
  const rel = relative(src, file);
  if (EXCEPTIONS.has(rel)) continue;
  const layer = layerOf(file);
  if (!(layer in RANK)) {
    problems.push(`${rel}: not inside a known layer (${Object.keys(RANK).join(', ')})`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(importRe)) {
    const spec = m[3] ?? m[4] ?? m[5];
    if (!spec) continue;
    const typeOnly = m[2] !== undefined && isTypeOnly(m[2]);
    // Tests are not bundled into the page: a ui test may drive real workers and inference.
    const runtimeFromUi = layer === 'ui' && !typeOnly && !isTest(file);
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(src)) continue;
      const tLayer = layerOf(target);
      if (tLayer === 'testing' && !isTest(file) && layer !== 'testing') {
        problems.push(`${rel}: only tests may import src/testing (imports ${spec})`);
      } else if (tLayer in RANK && RANK[tLayer] > RANK[layer] && tLayer !== 'testing') {
        problems.push(`${rel}: layer '${layer}' must not import from higher layer '${tLayer}' (${spec})`);
      }
      if (layer === 'cli' && (tLayer === 'state' || tLayer === 'ui')) {
        problems.push(`${rel}: the CLI must not import '${tLayer}' (${spec})`);
      }
      if (runtimeFromUi && UI_RUNTIME_FORBIDDEN.has(tLayer)) {
        problems.push(
          `${rel}: ui must reach '${tLayer}' through state (runtime import of ${spec}; type-only imports are fine)`,
        );
      }
    } else if (RANK[layer] < DOM_FREE_BELOW && /^(react|react-dom|zustand)(\/|$)/.test(spec)) {
      problems.push(`${rel}: '${spec}' is UI/state-only; layer '${layer}' must stay framework-free`);
    } else if (runtimeFromUi && UI_PACKAGES_FORBIDDEN.test(spec)) {
      problems.push(`${rel}: ui must not load TF.js ('${spec}'); inference runs behind state and workers`);
    }
  }
  if (RANK[layer] < DOM_FREE_BELOW) {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    if (/\b(window|document)\s*\./.test(code)) {
      problems.push(`${rel}: layer '${layer}' must not touch window/document`);
    }
  }
}

if (problems.length) {
  console.error(`Layer check failed (${problems.length}):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log('Layer check passed: base → formats → model → matching → inference → workers → state → ui');

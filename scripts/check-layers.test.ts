import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '..');
const script = join(project, 'scripts', 'check-layers.mjs');

/** Runs the check on a copy of src/ with `plant` appended to one file, then restores the file. */
function checkWith(copy: string, file: string, plant: string): { ok: boolean; output: string } {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, `${plant}\n${original}`);
  try {
    const r = spawnSync(process.execPath, [script, '--src', copy], { encoding: 'utf8' });
    return { ok: r.status === 0, output: r.stdout + r.stderr };
  } finally {
    writeFileSync(path, original);
  }
}

describe('layer check (scripts/check-layers.mjs) on a copy of src/', () => {
  let copy = '';
  beforeAll(() => {
    copy = join(mkdtempSync(join(tmpdir(), 'slimscope-layers-')), 'src');
    cpSync(join(project, 'src'), copy, { recursive: true });
  });
  afterAll(() => rmSync(resolve(copy, '..'), { recursive: true, force: true }));

  it('passes on the tree as it is', () => {
    expect(checkWith(copy, 'ui/shell/App.tsx', '').ok).toBe(true);
  });

  it('fails on a planted runtime import from ui into workers, naming the file', () => {
    const r = checkWith(copy, 'ui/shell/App.tsx', "import { serveRequests } from '../../workers/rpc/serve';");
    expect(r.ok).toBe(false);
    expect(r.output).toContain("ui/shell/App.tsx: ui must reach 'workers' through state");
  });

  it('fails on runtime imports from ui into inference, formats and TF.js', () => {
    const inference = checkWith(
      copy,
      'ui/verify/BackendBar.tsx',
      "import { BACKENDS as B } from '../../inference/backendNames';",
    );
    expect(inference.output).toContain("ui/verify/BackendBar.tsx: ui must reach 'inference' through state");
    const formats = checkWith(
      copy,
      'ui/verify/BackendBar.tsx',
      "import { decodeNpy } from '../../formats/numpy/npy';",
    );
    expect(formats.output).toContain("ui must reach 'formats' through state");
    const tfjs = checkWith(copy, 'ui/verify/BackendBar.tsx', "import * as tf from '@tensorflow/tfjs-core';");
    expect(tfjs.ok).toBe(false);
    expect(tfjs.output).toContain("ui must not load TF.js ('@tensorflow/tfjs-core')");
  });

  it('allows type-only imports from ui (erased at build time)', () => {
    const a = checkWith(
      copy,
      'ui/shell/App.tsx',
      "import type { RequestContext } from '../../workers/rpc/serve';",
    );
    const b = checkWith(
      copy,
      'ui/shell/App.tsx',
      "import { type TaskContext as T } from '../../base/progress';",
    );
    const c = checkWith(copy, 'ui/shell/App.tsx', "import { type DType } from '../../formats/checkpoint';");
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, true]);
  });

  it('fails on an upward import between lower layers', () => {
    const r = checkWith(copy, 'formats/checkpoint.ts', "import type { MatchPair } from '../matching/types';");
    expect(r.output).toContain(
      "formats/checkpoint.ts: layer 'formats' must not import from higher layer 'matching'",
    );
  });

  it('holds workers to the DOM rule and cli to the framework rule (no exemptions)', () => {
    const dom = checkWith(copy, 'workers/rpc/serve.ts', 'const title = document.title;');
    expect(dom.output).toContain("workers/rpc/serve.ts: layer 'workers' must not touch window/document");
    const react = checkWith(copy, 'cli/main.ts', "import { useState } from 'react';");
    expect(react.output).toContain("cli/main.ts: 'react' is UI/state-only");
  });

  it('keeps src/testing out of production code', () => {
    const r = checkWith(copy, 'matching/session.ts', "import { sharedDir } from '../testing/fixtures';");
    expect(r.output).toContain('matching/session.ts: only tests may import src/testing');
  });
});

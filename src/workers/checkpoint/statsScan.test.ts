import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import type { Progress } from '../../base/progress';
import { blobByteSource } from '../../formats/bytes/blobByteSource';
import type { CheckpointReader } from '../../formats/checkpoint';
import { openCheckpoint } from '../../formats/open';
import { forEachNumber } from '../../formats/stats/numbers';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import type { CheckpointCatalogue } from './checkpointCatalogue';
import { serveCheckpointRequests } from './checkpointService';
import type { FromWorker, ToWorker } from '../rpc/protocol';
import { scanStatistics } from '../../formats/stats/statsScan';
import { NON_NUMERIC } from '../../formats/stats/tensorSummary';
import { createLoopback, createWorkerClient } from '../rpc/workerClient';

const DIR = 'vqvae-tf2-checkpoint';
const NAMES = ['ckpt-1.index', 'ckpt-1.data-00000-of-00001'];

async function inputs() {
  return Promise.all(NAMES.map(async (n) => ({ path: n, file: await openAsBlob(fixture(DIR, n)) })));
}

async function openReader(): Promise<CheckpointReader> {
  const files = await inputs();
  return openCheckpoint(files.map((f) => blobByteSource(f.file, f.path)));
}

/** Counts read independently of the scan: whole-tensor reads and a plain loop. */
async function expectedTotals(reader: CheckpointReader) {
  const t = { values: 0, nan: 0, inf: 0, zeros: 0 };
  for (const v of reader.variables.filter((x) => !NON_NUMERIC.has(x.dtype))) {
    forEachNumber(v.dtype, (await reader.readTensor(v.name)).values, (x) => {
      t.values++;
      if (Number.isNaN(x)) t.nan++;
      else if (!Number.isFinite(x)) t.inf++;
      else if (x === 0) t.zeros++;
    });
  }
  return t;
}

describe.skipIf(!haveSharedFixtures())('full statistics scan (in-thread worker)', () => {
  it('scans every numeric tensor of a real checkpoint with byte progress', async () => {
    const [main, worker] = createLoopback<ToWorker<CheckpointCatalogue>, FromWorker>();
    serveCheckpointRequests(worker);
    const c = createWorkerClient<CheckpointCatalogue>(main);
    const opened = await c.call('open', { files: await inputs(), prefix: 'ckpt-1' });
    const progress: Progress[] = [];
    const r = await c.call(
      'scanStatistics',
      { handle: opened.handle },
      { onProgress: (p) => progress.push(p) },
    );
    const reader = await openReader();
    const numeric = reader.variables.filter((v) => !NON_NUMERIC.has(v.dtype));
    expect(r.scanned).toBe(numeric.length);
    expect(r.skipped).toBe(reader.variables.length - numeric.length);
    expect(r.bytes).toBe(numeric.reduce((a, v) => a + v.bytes, 0));
    expect(r.totals).toEqual(await expectedTotals(reader));
    expect(r.withNonFinite).toEqual([]);
    for (const t of r.allZero) expect(t.zeros).toBe(t.count);
    expect(r.min).toBeLessThan(r.max);
    const last = progress.at(-1);
    expect(last).toEqual(expect.objectContaining({ done: r.bytes, total: r.bytes }));
    for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total);
  });

  it('stops at the next tensor once cancelled, with a CANCELLED error', async () => {
    const reader = await openReader();
    const streamed: string[] = [];
    const counting = new Proxy(reader, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (key !== 'streamTensor' && key !== 'readTensor') return value;
        return (name: string, ...rest: unknown[]) => {
          streamed.push(name);
          return (value as (...a: unknown[]) => unknown).call(target, name, ...rest);
        };
      },
    });
    const signal = { cancelled: false };
    const error = await scanStatistics(counting, {
      signal,
      onProgress: () => {
        signal.cancelled = true;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlimscopeError);
    expect((error as SlimscopeError).code).toBe('CANCELLED');
    expect(streamed.length).toBeGreaterThan(0);
    expect(streamed.length).toBeLessThan(reader.variables.length);
  });
});

import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import { blobByteSource } from '../../formats/bytes/blobByteSource';
import { openCheckpoint } from '../../formats/open';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import type { CheckpointCatalogue } from './checkpointCatalogue';
import { serveCheckpointRequests } from './checkpointService';
import type { FromWorker, ToWorker } from '../rpc/protocol';
import { summarizeTensor } from '../../formats/stats/tensorSummary';
import { createLoopback, createWorkerClient } from '../rpc/workerClient';
import { VariableTable } from './variableColumns';

const DIR = 'vqvae-tf2-checkpoint';
const NAMES = ['ckpt-1.index', 'ckpt-1.data-00000-of-00001'];

async function inputs() {
  return Promise.all(NAMES.map(async (n) => ({ path: n, file: await openAsBlob(fixture(DIR, n)) })));
}

describe.skipIf(!haveSharedFixtures())('summary requests honour cancel (in-thread worker)', () => {
  it('summarizeTensor stops reading once its signal is cancelled', async () => {
    const files = await inputs();
    const reader = await openCheckpoint(files.map((f) => blobByteSource(f.file, f.path)));
    const largest = [...reader.variables].sort((a, b) => b.bytes - a.bytes)[0]!;
    const signal = { cancelled: false };
    let progressAfterCancel = 0;
    const ctx = {
      signal,
      onProgress: () => {
        if (signal.cancelled) progressAfterCancel++;
        signal.cancelled = true;
      },
    };
    const error = await summarizeTensor(reader, largest.name, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlimscopeError);
    expect((error as SlimscopeError).code).toBe('CANCELLED');
    expect(progressAfterCancel).toBeLessThanOrEqual(1);
    // The same request without cancel completes: the error came from the cancel, not the file.
    const done = await summarizeTensor(reader, largest.name, {
      signal: { cancelled: false },
      onProgress() {},
    });
    expect(done.stats?.count).toBe(largest.shape.reduce((a, b) => a * b, 1));
  });

  it('a summarize aborted by the caller ends with CANCELLED sent back by the worker', async () => {
    const [main, worker] = createLoopback<ToWorker<CheckpointCatalogue>, FromWorker>();
    serveCheckpointRequests(worker);
    const c = createWorkerClient<CheckpointCatalogue>(main);
    const opened = await c.call('open', { files: await inputs(), prefix: 'ckpt-1' });
    const largest = new VariableTable(opened.columns).toArray().sort((a, b) => b.bytes - a.bytes)[0]!;
    const controller = new AbortController();
    const call = c.call(
      'summarize',
      { handle: opened.handle, name: largest.name },
      { signal: controller.signal },
    );
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect((error as SlimscopeError).code).toBe('CANCELLED');
    const again = await c.call('summarize', { handle: opened.handle, name: largest.name });
    expect(again.stats?.count).toBe(largest.shape.reduce((a, b) => a * b, 1));
  });
});

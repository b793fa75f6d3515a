import { openAsBlob } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../base/progress';
import { openNodeCheckpoint } from '../../formats/openNode';
import { bundleOf, deriveTensors, mapFloats } from '../../testing/compare/checkpointPairs';
import { dataPartsToBytes } from '../../formats/tensorflow/dataParts';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import type { FromWorker, ToWorker } from '../rpc/protocol';
import { createLoopback, createWorkerClient } from '../rpc/workerClient';
import type { CheckpointCatalogue, InputFile } from './checkpointCatalogue';
import { serveCheckpointRequests } from './checkpointService';
import { VariableTable } from './variableColumns';

const ORACLE = join(oracleDir, 'nasnet-mobile');

async function oracleInputs(): Promise<InputFile[]> {
  const names = ['model.ckpt.index', 'model.ckpt.data-00000-of-00001'];
  return Promise.all(names.map(async (n) => ({ path: n, file: await openAsBlob(join(ORACLE, n)) })));
}

/** The oracle with cell_7 scaled slightly, as Blobs written by the V2 writer. */
async function changedInputs(): Promise<InputFile[]> {
  const original = await openNodeCheckpoint(join(ORACLE, 'model.ckpt'));
  const tensors = await deriveTensors(original, (t) =>
    t.name.startsWith('cell_7/') ? mapFloats(t, (x, i) => x * (1 + 1e-2 * Math.sin(i))) : t,
  );
  const bundle = bundleOf(tensors);
  return [
    { path: 'b.ckpt.index', file: new Blob([bundle.index as Uint8Array<ArrayBuffer>]) },
    {
      path: 'b.ckpt.data-00000-of-00001',
      file: new Blob([(await dataPartsToBytes(bundle.shards[0]!)) as Uint8Array<ArrayBuffer>]),
    },
  ];
}

function client() {
  const [main, worker] = createLoopback<ToWorker<CheckpointCatalogue>, FromWorker>();
  serveCheckpointRequests(worker);
  return createWorkerClient<CheckpointCatalogue>(main);
}

describe.skipIf(!haveSharedFixtures())('comparison in the checkpoint worker (in-thread)', () => {
  it('compares two opened checkpoints with byte progress, then bins one pair', async () => {
    const c = client();
    const a = await c.call('open', { files: await oracleInputs(), prefix: 'model.ckpt' });
    const b = await c.call('open', { files: await changedInputs(), prefix: 'b.ckpt' });
    const progress: Progress[] = [];
    const r = await c.call(
      'compareCheckpoints',
      { a: a.handle, b: b.handle },
      { onProgress: (p) => progress.push(p) },
    );
    expect(r.totals.rows).toBe(1139);
    const changed = r.rows.filter((x) => x.status === 'changed');
    expect(changed.length).toBeGreaterThan(20);
    expect(changed.every((x) => x.a!.startsWith('cell_7/'))).toBe(true);
    const last = progress.at(-1)!;
    expect(last.phase).toBe('comparing checkpoints');
    expect(last.done).toBe(last.total);
    expect(last.bytesPerSecond).toBeGreaterThan(0);
    expect(last.total).toBe(2 * new VariableTable(a.columns).toArray().reduce((n, v) => n + v.bytes, 0));
    const name = changed[0]!.a!;
    const h = await c.call('comparePairHistograms', { a: a.handle, b: b.handle, nameA: name, nameB: name });
    const size = new VariableTable(a.columns)
      .toArray()
      .find((v) => v.name === name)!
      .shape.reduce((x, y) => x * y, 1);
    expect(h.a.counts.reduce((x, y) => x + y, 0)).toBe(size);
    expect(h.b.counts.reduce((x, y) => x + y, 0)).toBe(size);
    expect([h.a.min, h.a.max]).toEqual([h.b.min, h.b.max]);
    expect(h.diff!.counts.reduce((x, y) => x + y, 0)).toBe(size);
    expect(h.diff!.max).toBeGreaterThan(0);
  });

  it('stops on cancel with a CANCELLED error', async () => {
    const c = client();
    const a = await c.call('open', { files: await oracleInputs(), prefix: 'model.ckpt' });
    const controller = new AbortController();
    const run = c.call(
      'compareCheckpoints',
      { a: a.handle, b: a.handle },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});

// The app's re-keyed export (checkpoint worker) leaves a PyTorch file's metadata out, as the CLI does.
import { openAsBlob } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSharedFixtures, sharedDir } from '../../testing/fixtures';
import type { CheckpointCatalogue } from './checkpointCatalogue';
import { serveCheckpointRequests } from './checkpointService';
import type { FromWorker, ToWorker } from '../rpc/protocol';
import { createLoopback, createWorkerClient } from '../rpc/workerClient';
import { VariableTable } from './variableColumns';

function client() {
  const [main, worker] = createLoopback<ToWorker<CheckpointCatalogue>, FromWorker>();
  serveCheckpointRequests(worker);
  return createWorkerClient<CheckpointCatalogue>(main);
}

describe.skipIf(!haveSharedFixtures())('app export of a PyTorch checkpoint with metadata', () => {
  it('keeps unmapped tensors but leaves metadata out and names it', async () => {
    const c = client();
    const file = await openAsBlob(join(sharedDir, 'fixtures', 'torch', 'nested.pth'));
    const opened = await c.call('open', { files: [{ path: 'nested.pth', file }], prefix: 'nested.pth' });
    const variables = new VariableTable(opened.columns).toArray();
    const metadata = variables.filter((v) => v.role === 'metadata').map((v) => v.name);
    expect(metadata).toEqual(expect.arrayContaining(['epoch', 'arch', 'note']));
    const { handle } = opened;
    await c.call('autoMatch', { handle, model: 'nasnet-mobile', mode: 'inference', preferEma: false });
    const rekeyed = await c.call('exportRekeyed', { handle, keepUnmapped: true });
    expect([...(rekeyed.notTensors ?? [])].sort()).toEqual([...metadata].sort());
    const [index, data] = rekeyed.files;
    const reopened = await c.call('open', {
      files: [
        { path: index!.fileName, file: index!.blob },
        { path: data!.fileName, file: data!.blob },
      ],
      prefix: index!.fileName.replace(/\.index$/, ''),
    });
    const names = new VariableTable(reopened.columns).toArray().map((v) => v.name);
    for (const m of metadata) expect(names).not.toContain(m);
    expect(names).toContain('state_dict/module.conv.weight');
  });
});

// The store's inspect / export / verify actions over the workers' real handlers, served in-thread
// (Node has no Worker, so checkpointClient() and the inference client use the loopback).
import { openAsBlob, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNpy } from '../../formats/numpy/npy';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { getState } from '../store';
import { chooseBackend, compareWithReference, runVerifyInputs } from '../slices/verifyActions';
import { exportRekeyedCheckpoint, exportTensorNpy } from './exportActions';
import { autoMatch } from './mappingActions';
import { openDemo, openFiles } from './openActions';
import { cancelTask } from './runTask';
import { scanAllStatistics } from './statsActions';
import { tensorSummary } from './tensorActions';

const lastToast = () => getState().toasts[getState().toasts.length - 1];

describe('inspect and export actions over the in-thread checkpoint worker', () => {
  it('summarizes a tensor once per handle and name (cached), from the real bytes', async () => {
    await openDemo();
    const { handle } = getState().checkpoint!;
    const variables = getState().checkpoint!.variables.toArray();
    const v = variables.find((x) => x.dtype === 'float32' && x.shape.length === 4)!;
    const first = tensorSummary(handle, v.name);
    expect(tensorSummary(handle, v.name)).toBe(first);
    const s = await first;
    expect(s.shape).toEqual(v.shape);
    expect(s.stats?.count).toBe(v.shape.reduce((a, b) => a * b, 1));
    expect(s.preview.values.length).toBeGreaterThan(0);
    expect(s.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(s.stats?.count);
  });

  it('scans every tensor into the store and shows the report; a cancelled scan changes nothing', async () => {
    await openDemo();
    const scanning = scanAllStatistics();
    const task = getState().tasks.find((t) => t.label === 'Scanning statistics');
    expect(task?.cancellable).toBe(true);
    cancelTask(task!.id);
    await scanning;
    expect(lastToast()).toEqual(
      expect.objectContaining({ kind: 'info', title: 'Scanning statistics: cancelled' }),
    );
    expect(getState().statsScan).toBeNull();

    await scanAllStatistics();
    const scan = getState().statsScan;
    expect(scan?.handle).toBe(getState().checkpoint?.handle);
    expect(scan?.scanned).toBe(
      getState()
        .checkpoint?.variables.toArray()
        .filter((v) => v.dtype !== 'string').length,
    );
    expect(scan?.totals.nan).toBe(0);
    expect(getState().rightTab).toBe('report');
    expect(getState().tasks).toEqual([]);
  });

  it('exports one tensor as .npy and a re-keyed checkpoint that opens under the graph names', async () => {
    await openDemo();
    await autoMatch();
    const pair = getState().mapping!.pairs.find((p) => p.checkpoint !== p.graph)!;
    const npy = await exportTensorNpy(pair.checkpoint, 'checkpoint');
    const array = decodeNpy(new Uint8Array(await npy!.files[0]!.blob.arrayBuffer()), 'x.npy');
    const variable = getState()
      .checkpoint!.variables.toArray()
      .find((v) => v.name === pair.checkpoint)!;
    expect(array.shape).toEqual(variable.shape);

    const rekeyed = await exportRekeyedCheckpoint(false);
    const names = rekeyed!.files.map((f) => f.fileName);
    expect(names.some((n) => n.endsWith('.index'))).toBe(true);
    await openFiles(rekeyed!.files.map((f) => ({ path: f.fileName, file: f.blob })));
    const reopened = getState().checkpoint!;
    expect(reopened.synthetic).toBe(false);
    expect(reopened.variables.toArray().map((v) => v.name)).toContain(pair.graph);
    expect(reopened.variables.toArray().map((v) => v.name)).not.toContain(pair.checkpoint);
  });
});

describe.skipIf(!haveSharedFixtures())('verify actions on the NASNet oracle (in-thread engine, CPU)', () => {
  it('loads the mapped weights, runs the oracle input and matches the oracle logits', async () => {
    const dir = join(oracleDir, 'nasnet-mobile');
    const files = await Promise.all(
      ['model.ckpt.index', 'model.ckpt.data-00000-of-00001'].map(async (n) => ({
        path: `nasnet-mobile/${n}`,
        file: await openAsBlob(join(dir, n)),
      })),
    );
    await openFiles(files);
    await autoMatch();
    await chooseBackend('cpu');
    expect(getState().backendInUse).toBe('cpu');
    const input = decodeNpy(new Uint8Array(readFileSync(join(dir, 'input.npy'))), 'input.npy');
    await runVerifyInputs([
      {
        view: { name: 'input.npy' },
        input: { tensor: { values: input.values as Float32Array, shape: input.shape } },
      },
    ]);
    expect(getState().verifyError).toBeNull();
    expect(getState().weights.status).toBe('ready');
    const run = getState().runs[0]!;
    expect(run.backend).toBe('cpu');
    expect(run.logitsShape).toEqual([input.shape[0], 1001]);

    const logits = await openAsBlob(join(dir, 'logits.npy'));
    await compareWithReference(run.id, new File([logits], 'logits.npy'));
    const reference = getState().runs[0]!.reference;
    expect(reference?.error).toBeNull();
    expect(reference?.comparison?.pass).toBe(true);
    expect(reference?.comparison?.relTolerance).toBe(1e-4);
  });
});

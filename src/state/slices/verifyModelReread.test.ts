// When Verify's runs move to another engine (WebGL falling back to the page, a switch between the
// worker and the page), the weights are read again from the checkpoint, since the page keeps none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { decodeNpy } from '../../formats/numpy/npy';
import { COMPARE_TOLERANCE, compareLogits } from '../../inference/compareLogits';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { readMappedWeights } from '../../workers/checkpoint/inferenceWeights';
import { inferenceHandlers, type InferenceCatalogue } from '../../workers/inference/inferenceEngine';
import { serveRequests } from '../../workers/rpc/serve';
import { createLazyLoopbackClient, type WorkerClient } from '../../workers/rpc/workerClient';
import { loadWeights, runBatch } from './verifyModel';

const engine = (): WorkerClient<InferenceCatalogue> =>
  createLazyLoopbackClient<InferenceCatalogue>(async (port) => serveRequests(port, inferenceHandlers()));
const engines = { first: engine(), second: engine() };
let current: WorkerClient<InferenceCatalogue> = engines.first;

vi.mock('../inferenceClient', () => ({
  inferenceClientFor: () => current,
  webglWorkerFailed: () => false,
}));

const oracle = (f: string) => join(oracleDir, 'nasnet-mobile', f);
const ctx = { signal: { cancelled: false }, onProgress: () => undefined };

describe.skipIf(!haveSharedFixtures())('Verify weights on an engine change (NASNet oracle, CPU)', () => {
  it('reads the weights again for the other engine, which then matches the oracle logits', async () => {
    const reader = await openNodeCheckpoint(oracle('model.ckpt'));
    let reads = 0;
    const read = (port: MessagePort) => {
      reads++;
      return readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null, port }, ctx);
    };
    await loadWeights('cpu', 'nasnet-mobile', 1001, 'oracle', read, read);
    expect(reads).toBe(1);
    const input = decodeNpy(readFileSync(oracle('input.npy')), 'input.npy');
    const tensor = { values: input.values as Float32Array, shape: input.shape };
    // The second engine has nothing yet: its own handlers say so.
    await expect(engines.second.call('run', { backend: 'cpu', inputs: [{ tensor }] })).rejects.toThrow(
      /No weights/,
    );
    current = engines.second;
    const r = await runBatch('cpu', 1, [{ tensor }]);
    expect(reads).toBe(2);
    const ref = decodeNpy(readFileSync(oracle('logits.npy')), 'logits.npy');
    const c = compareLogits(
      r.logits,
      [2, 1001],
      ref.values as Float32Array,
      ref.shape,
      COMPARE_TOLERANCE.cpu,
    );
    expect(c.pass).toBe(true);
    await runBatch('cpu', 1, [{ tensor }]);
    expect(reads).toBe(2);
  });

  it('reads them again when the same engine moves to another backend (they live on one backend only)', async () => {
    current = engines.first;
    const reader = await openNodeCheckpoint(oracle('model.ckpt'));
    let reads = 0;
    const read = (port: MessagePort) => {
      reads++;
      return readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null, port }, ctx);
    };
    await loadWeights('cpu', 'nasnet-mobile', 1001, 'oracle', read, read);
    const input = decodeNpy(readFileSync(oracle('input.npy')), 'input.npy');
    const tensor = { values: input.values as Float32Array, shape: input.shape };
    const ref = decodeNpy(readFileSync(oracle('logits.npy')), 'logits.npy');
    await runBatch('cpu', 1, [{ tensor }]);
    expect(reads).toBe(1);
    const r = await runBatch('wasm', 1, [{ tensor }]);
    expect(reads).toBe(2);
    expect(r.backend).toBe('wasm');
    const c = compareLogits(
      r.logits,
      [2, 1001],
      ref.values as Float32Array,
      ref.shape,
      COMPARE_TOLERANCE.wasm,
    );
    expect(c.pass).toBe(true);
    await runBatch('wasm', 1, [{ tensor }]);
    expect(reads).toBe(2);
  });
});

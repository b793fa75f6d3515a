// When Verify's runs move to another engine (WebGL falling back to the page, a switch between the
// worker and the page), the weights are read again from the checkpoint, since the page keeps none.
import { describe, expect, it, vi } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { haveSharedFixtures } from '../../testing/fixtures';
import { againstOracleLogits, nasnetOracle, oracleInputTensor } from '../../testing/nasnetOracle';
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

const oracle = nasnetOracle;
const ctx = { signal: { cancelled: false }, onProgress: () => undefined };

/** The oracle's mapped weights read onto a port, counting the reads. */
async function countedOracleReads() {
  const reader = await openNodeCheckpoint(oracle('model.ckpt'));
  let count = 0;
  const read = (port: MessagePort) => {
    count++;
    return readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null, port }, ctx);
  };
  return { read, reads: () => count };
}

describe.skipIf(!haveSharedFixtures())('Verify weights on an engine change (NASNet oracle, CPU)', () => {
  it('reads the weights again for the other engine, which then matches the oracle logits', async () => {
    const { read, reads } = await countedOracleReads();
    await loadWeights('cpu', 'nasnet-mobile', 1001, 'oracle', read, read);
    expect(reads()).toBe(1);
    const tensor = oracleInputTensor();
    // The second engine has nothing yet: its own handlers say so.
    await expect(engines.second.call('run', { backend: 'cpu', inputs: [{ tensor }] })).rejects.toThrow(
      /No weights/,
    );
    current = engines.second;
    const r = await runBatch('cpu', 1, [{ tensor }]);
    expect(reads()).toBe(2);
    const c = againstOracleLogits(r.logits, 'cpu');
    expect(c.pass).toBe(true);
    await runBatch('cpu', 1, [{ tensor }]);
    expect(reads()).toBe(2);
  });

  it('reads them again when the same engine moves to another backend (they live on one backend only)', async () => {
    current = engines.first;
    const { read, reads } = await countedOracleReads();
    await loadWeights('cpu', 'nasnet-mobile', 1001, 'oracle', read, read);
    const tensor = oracleInputTensor();
    await runBatch('cpu', 1, [{ tensor }]);
    expect(reads()).toBe(1);
    const r = await runBatch('wasm', 1, [{ tensor }]);
    expect(reads()).toBe(2);
    expect(r.backend).toBe('wasm');
    const c = againstOracleLogits(r.logits, 'wasm');
    expect(c.pass).toBe(true);
    await runBatch('wasm', 1, [{ tensor }]);
    expect(reads()).toBe(2);
  });
});

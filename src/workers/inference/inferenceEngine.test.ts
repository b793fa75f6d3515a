import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { nodeWasmDir } from '../../inference/nodeBackend';
import { haveSharedFixtures } from '../../testing/fixtures';
import { againstOracleLogits, nasnetOracle, oracleInputTensor } from '../../testing/nasnetOracle';
import * as tf from '@tensorflow/tfjs-core';
import { inferenceHandlers, type EngineOptions } from './inferenceEngine';
import { NO_WEIGHTS_PROBLEM } from './noWeights';
import { readMappedWeights } from '../checkpoint/inferenceWeights';

const oracle = nasnetOracle;
const ctx = { signal: { cancelled: false }, onProgress: () => undefined };

/** An engine with the oracle's weights installed, and the oracle's input batch. */
async function oracleEngine(options: EngineOptions) {
  const reader = await openNodeCheckpoint(oracle('model.ckpt'));
  const w = await readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null }, ctx);
  const engine = inferenceHandlers({ wasmPaths: nodeWasmDir() }, options);
  await engine.install({ model: 'nasnet-mobile', names: w.names, values: w.values, file: 'oracle' }, ctx);
  return { engine, tensor: oracleInputTensor() };
}

describe.skipIf(!haveSharedFixtures())('inference engine (what Verify runs) on the NASNet oracle', () => {
  it('reproduces logits.npy on WASM within the app verdict tolerance, with per-end-point stats', async () => {
    // Progress from the first step (the app waits 250 ms before showing any).
    const { engine, tensor } = await oracleEngine({ progressAfterMs: 0 });
    const progress: { phase: string; done: number; total: number }[] = [];
    const r = await engine.run(
      { backend: 'wasm', inputs: [{ tensor }] },
      { ...ctx, onProgress: (p) => progress.push(p) },
    );
    // Step progress: dispatched steps count up to the program's, then the results are read.
    expect(progress.length).toBeGreaterThan(1);
    const last = progress.at(-1)!;
    expect(last.phase).toBe('Reading results');
    expect(last.done).toBe(last.total);
    expect(progress[0]!.phase).toMatch(/^Dispatching step \d+ of \d+$/);
    expect(r.backend).toBe('wasm');
    expect(r.batch).toBe(2);
    expect(r.top).toHaveLength(2);
    expect(r.top[0]).toHaveLength(5);
    const c = againstOracleLogits(r.logits, 'wasm');
    expect(c.pass).toBe(true);
    expect(c.verdict).toMatch(/^Match/);
    const names = r.stats.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['Stem', 'Cell_0', 'Reduction_Cell_1', 'global_pool', 'Logits']),
    );
    expect(r.stats.every((s) => s.nanCount === 0 && s.infCount === 0)).toBe(true);
    // End points against the oracle's reference: every one within tolerance, in graph order.
    const npz = new Blob([readFileSync(oracle('endpoints.npz'))]);
    const e = await engine.compareEndpoints(
      { backend: 'wasm', inputs: [{ tensor }], reference: npz, referenceFile: 'endpoints.npz' },
      ctx,
    );
    expect(e.endpoints.map((x) => x.name)).toEqual([
      'Stem',
      'Cell_0',
      'Cell_3',
      'Reduction_Cell_0',
      'Reduction_Cell_1',
      'global_pool',
      'Logits',
      'Predictions',
    ]);
    expect(e.firstDiverging).toBeNull();
    expect(e.logits?.pass).toBe(true);
    // The second run on the same backend is warm, and its latency splits into forward and statistics.
    expect(r.cold).toBe(true);
    const again = await engine.run({ backend: 'wasm', inputs: [{ tensor }] }, ctx);
    expect(again.cold).toBe(false);
    expect(again.timings!.forwardMs + again.timings!.statsMs).toBeLessThanOrEqual(again.latencyMs + 1e-6);
    expect(again.timings!.statsMs).toBeGreaterThan(0);
    await engine.release({}, ctx);
    await expect(engine.run({ backend: 'wasm', inputs: [{ tensor }] }, ctx)).rejects.toThrow(/No weights/);
  });

  it('takes weights streamed over a port onto WASM at install, and lets them go on a backend switch', async () => {
    const reader = await openNodeCheckpoint(oracle('model.ckpt'));
    const engine = inferenceHandlers({ wasmPaths: nodeWasmDir() });
    await engine.prepare({ backend: 'wasm' }, ctx);
    const before = tf.memory().numBytes;
    const { port1, port2 } = new MessageChannel();
    const installing = engine.installFromPort(
      { model: 'nasnet-mobile', backend: 'wasm', port: port2, file: 'oracle' },
      ctx,
    );
    const read = await readMappedWeights(
      reader,
      { handle: 1, model: 'nasnet-mobile', pairs: null, port: port1 },
      ctx,
    );
    expect(await installing).toEqual({ installed: true });
    expect(read.values).toEqual([]);
    // On the backend already (batch norm folded: as many bytes as the conv weights), before any run.
    const bytes = reader.variables
      .filter((v) => read.names.includes(v.name))
      .reduce((n, v) => n + v.bytes, 0);
    expect(tf.memory().numBytes - before).toBeGreaterThan(0.95 * bytes);
    const tensor = oracleInputTensor();
    const r = await engine.run({ backend: 'wasm', inputs: [{ tensor }] }, ctx);
    const c = againstOracleLogits(r.logits, 'wasm');
    expect(c.pass).toBe(true);
    // Nothing kept on the host to upload again: another backend has no weights until they are sent.
    await expect(engine.run({ backend: 'cpu', inputs: [{ tensor }] }, ctx)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      problem: NO_WEIGHTS_PROBLEM,
    });
    await engine.release({}, ctx);
  });

  it('reports no progress for a run shorter than the quiet period', async () => {
    const { engine, tensor } = await oracleEngine({ progressAfterMs: 3_600_000 });
    const progress: unknown[] = [];
    const r = await engine.run(
      { backend: 'wasm', inputs: [{ tensor }] },
      { ...ctx, onProgress: (p) => progress.push(p) },
    );
    expect(r.top).toHaveLength(2);
    expect(progress).toEqual([]);
    await engine.release({}, ctx);
  });
});

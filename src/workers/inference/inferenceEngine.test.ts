import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { decodeNpy } from '../../formats/numpy/npy';
import { nodeWasmDir } from '../../inference/nodeBackend';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { COMPARE_TOLERANCE, compareLogits } from '../../inference/compareLogits';
import { inferenceHandlers, type EngineOptions } from './inferenceEngine';
import { readMappedWeights } from '../checkpoint/inferenceWeights';

const oracle = (f: string) => join(oracleDir, 'nasnet-mobile', f);
const ctx = { signal: { cancelled: false }, onProgress: () => undefined };

/** An engine with the oracle's weights installed, and the oracle's input batch. */
async function oracleEngine(options: EngineOptions) {
  const reader = await openNodeCheckpoint(oracle('model.ckpt'));
  const w = await readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null }, ctx);
  const engine = inferenceHandlers({ wasmPaths: nodeWasmDir() }, options);
  await engine.install({ model: 'nasnet-mobile', names: w.names, values: w.values, file: 'oracle' }, ctx);
  const input = decodeNpy(readFileSync(oracle('input.npy')), 'input.npy');
  return { engine, tensor: { values: input.values as Float32Array, shape: input.shape } };
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
    const ref = decodeNpy(readFileSync(oracle('logits.npy')), 'logits.npy');
    const c = compareLogits(
      r.logits,
      [2, 1001],
      ref.values as Float32Array,
      ref.shape,
      COMPARE_TOLERANCE.wasm,
    );
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

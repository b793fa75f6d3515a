import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { decodeNpy } from '../../formats/numpy/npy';
import { nodeWasmDir } from '../../inference/nodeBackend';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { inferenceHandlers } from '../../workers/inference/inferenceEngine';
import { readMappedWeights } from '../../workers/checkpoint/inferenceWeights';
import { activationFlag } from './activationFlags';

const stat = (over: Partial<Parameters<typeof activationFlag>[0]>) => ({
  name: 'Cell_0',
  shape: [1, 28, 28, 264],
  mean: 0.3,
  std: 0.8,
  min: -3,
  max: 9,
  nanCount: 0,
  infCount: 0,
  ...over,
});

describe('activationFlag', () => {
  it('leaves healthy activations unflagged', () => expect(activationFlag(stat({}))).toBeNull());
  it('flags NaN or Inf first', () => {
    expect(activationFlag(stat({ nanCount: 3 }))).toBe('nonfinite');
    expect(activationFlag(stat({ infCount: 1, std: 1e9 }))).toBe('nonfinite');
  });
  it('flags exploding cells by spread or magnitude', () => {
    expect(activationFlag(stat({ std: 5e3 }))).toBe('exploding');
    expect(activationFlag(stat({ max: 2e4 }))).toBe('exploding');
  });
  it('flags dead (constant) cells', () =>
    expect(activationFlag(stat({ std: 0, min: 0, max: 0, mean: 0 }))).toBe('dead'));
});

describe.skipIf(!haveSharedFixtures())('activation flags on a real run (NASNet oracle weights, WASM)', () => {
  it('flags the cell whose input conv was blown up, and the cells after it, but not those before', async () => {
    const prefix = join(oracleDir, 'nasnet-mobile', 'model.ckpt');
    const ctx = { signal: { cancelled: false }, onProgress: () => undefined };
    const w = await readMappedWeights(
      await openNodeCheckpoint(prefix),
      { handle: 1, model: 'nasnet-mobile', pairs: null },
      ctx,
    );
    const k = w.names.indexOf('cell_3/1x1/weights');
    w.values[k] = w.values[k]!.map((x) => x * 1e6);
    const engine = inferenceHandlers({ wasmPaths: nodeWasmDir() });
    await engine.install({ model: 'nasnet-mobile', names: w.names, values: w.values, file: 'oracle' }, ctx);
    const input = decodeNpy(readFileSync(join(oracleDir, 'nasnet-mobile', 'input.npy')), 'input.npy');
    const r = await engine.run(
      { backend: 'wasm', inputs: [{ tensor: { values: input.values as Float32Array, shape: input.shape } }] },
      ctx,
    );
    const flag = (name: string) => activationFlag(r.stats.find((s) => s.name === name)!);
    expect(flag('Cell_2')).toBeNull();
    expect(flag('Cell_3')).toBe('exploding');
    expect(flag('Reduction_Cell_0')).toBe('exploding');
    await engine.release({}, ctx);
  });
});

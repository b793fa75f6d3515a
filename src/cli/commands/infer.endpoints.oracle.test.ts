// `cli infer --endpoints-ref`: the NASNet oracle's end points against the model, on the oracle
// checkpoint itself, on a mapping with two same-shape kernels of cell_3 swapped (the first
// diverging end point must be Cell_3, the swapped weights among the suspects), and on a 1000-class
// Keras-named re-key of the oracle (model, mode and class count detected; Logits compared on
// columns 1:).
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { nasnetVariables } from '../../model/nasnet/variables';
import { oracleDir } from '../../testing/fixtures';
import { run as runExport } from './export';
import { run as runInfer } from './infer';

const dir = join(oracleDir, 'nasnet-mobile');
const haveOracle = existsSync(join(dir, 'model.ckpt.index'));
const A = 'cell_3/comb_iter_0/left/separable_5x5_1/pointwise_weights';
const B = 'cell_3/comb_iter_0/right/separable_3x3_1/pointwise_weights';

interface InferJson {
  model: { name: string; numClasses: number; detected: string | null };
  logits: { pass: boolean; verdict: string; classLayout?: string } | null;
  endpoints: { name: string; maxAbs: number | null; relToScale: number | null; ok: boolean }[];
  firstDiverging: string | null;
  suspects: { graph: string; checkpoint: string | null }[];
}

async function capture(run: (args: string[]) => Promise<number>, args: string[]): Promise<string> {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    text += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await run(args)).toBe(0);
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
  return text;
}

const inferJson = async (prefix: string, ...extra: string[]): Promise<InferJson> =>
  JSON.parse(
    await capture(runInfer, [
      prefix,
      '--input',
      join(dir, 'input.npy'),
      '--endpoints-ref',
      join(dir, 'endpoints.npz'),
      '--json',
      ...extra,
    ]),
  ) as InferJson;

let out: string;

describe.skipIf(!haveOracle)('cli infer --endpoints-ref on the NASNet oracle', () => {
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'slimscope-endpoints-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('the oracle itself: model detected, every end point within tolerance, in graph order', async () => {
    const r = await inferJson(join(dir, 'model.ckpt'));
    expect(r.model).toMatchObject({ name: 'nasnet-mobile', numClasses: 1001 });
    expect(r.model.detected).toMatch(/^NASNet-A Mobile, inference, 1001 classes: covers 1126\/1126/);
    expect(r.endpoints.map((e) => e.name)).toEqual([
      'Stem',
      'Cell_0',
      'Cell_3',
      'Reduction_Cell_0',
      'Reduction_Cell_1',
      'global_pool',
      'Logits',
      'Predictions',
    ]);
    expect(r.endpoints.filter((e) => !e.ok)).toEqual([]);
    for (const e of r.endpoints) expect(e.relToScale).toBeLessThan(2e-3);
    expect(r.firstDiverging).toBeNull();
    expect(r.logits?.pass).toBe(true);
  }, 180_000);

  it('two same-shape kernels of cell_3 swapped: Cell_3 is the first diverging end point', async () => {
    const shapes = new Map(nasnetVariables('nasnet-mobile', 'inference').map((v) => [v.name, v.shape]));
    expect(shapes.get(A)).toEqual(shapes.get(B));
    const pairs = [...shapes.keys()].map((g) => ({
      checkpoint: g === A ? B : g === B ? A : g,
      graph: g,
      how: 'manual',
      transform: null,
    }));
    const mapping = join(out, 'swapped.json');
    await writeFile(mapping, JSON.stringify({ pairs }));
    const r = await inferJson(join(dir, 'model.ckpt'), '--mapping', mapping, '--backend', 'wasm');
    expect(r.firstDiverging).toBe('Cell_3');
    const byName = new Map(r.endpoints.map((e) => [e.name, e]));
    expect(byName.get('Stem')?.ok).toBe(true);
    expect(byName.get('Cell_0')?.ok).toBe(true);
    expect(byName.get('Cell_3')?.ok).toBe(false);
    expect(byName.get('Cell_3')?.relToScale).toBeGreaterThan(1e-2);
    expect(r.logits?.pass).toBe(false);
    expect(r.suspects.every((s) => s.graph.startsWith('cell_3/'))).toBe(true);
    expect(r.suspects).toContainEqual({ graph: A, checkpoint: B });
    expect(r.suspects).toContainEqual({ graph: B, checkpoint: A });
  }, 180_000);

  it('a 1000-class Keras-named checkpoint: detected as 1000 classes, Logits compared on columns 1:', async () => {
    const oracle = await openNodeCheckpoint(join(dir, 'model.ckpt'));
    const drop = (axis: number) => [{ op: 'drop_background_class', axis }];
    const pairs = oracle.variables
      .filter((v) => v.role === 'weight')
      .map((v) => ({
        checkpoint: v.name,
        graph: `keras/${v.name.replace(/\/weights$/, '/kernel')}`,
        how: 'manual',
        transform:
          v.name === 'final_layer/FC/weights' ? drop(1) : v.name === 'final_layer/FC/biases' ? drop(0) : null,
      }));
    await writeFile(join(out, 'to-keras.json'), JSON.stringify({ pairs }));
    const prefix = join(out, 'keras1000', 'model.ckpt');
    await capture(runExport, [
      join(dir, 'model.ckpt'),
      '--mapping',
      join(out, 'to-keras.json'),
      '--out',
      prefix,
    ]);
    const r = await inferJson(prefix);
    expect(r.model).toMatchObject({ name: 'nasnet-mobile', numClasses: 1000 });
    expect(r.model.detected).toMatch(
      /1000 classes: covers 1126\/1126 variables; 1000 classes from keras\/final_layer\/FC\/kernel \[1056,1000\]/,
    );
    expect(r.logits?.pass).toBe(true);
    expect(r.logits?.classLayout).toMatch(/reference's columns 1:/);
    expect(r.endpoints.filter((e) => !e.ok)).toEqual([]);
    expect(r.firstDiverging).toBeNull();
  }, 240_000);
});

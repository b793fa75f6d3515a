import { describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures, V2_FIXTURES } from '../../testing/fixtures';
import { nodeByteSource } from '../bytes/nodeByteSource';
import { openNodeCheckpoint } from '../openNode';
import type { CheckpointReader } from '../checkpoint';
import { decodeBundleEntryWithProtobufjs, decodeBundleEntry } from './bundleEntry';
import { TableReader } from './table/tableReader';

const V2_PREFIXES = V2_FIXTURES.filter((f) => !f.indexOnly).map((f) => f.prefix);

const open = (p: string) => openNodeCheckpoint(p.endsWith('/') ? fixture(p, '.index') : fixture(p));
const scalar = async (r: CheckpointReader, name: string) => (await r.readTensor(name)).values[0];

describe.skipIf(!haveSharedFixtures())('V2 bundle reader on the real TF fixtures', () => {
  it.each(V2_PREFIXES)('%s: every tensor reads and passes its TF-written CRC32C', async (p) => {
    const r = await open(p);
    expect(r.format).toBe('tf-v2');
    expect(r.warnings).toEqual([]);
    for (const v of r.variables) {
      const t = await r.readTensor(v.name);
      expect(t.shape).toEqual(v.shape);
      const count = v.shape.reduce((a, b) => a * b, 1);
      expect(t.values.length).toBe(v.dtype === 'string' ? count : count);
    }
  });

  it.each(V2_PREFIXES)('%s: the fast entry decoder equals protobufjs on every entry', async (p) => {
    const index = p.endsWith('/') ? fixture(p, '.index') : `${fixture(p)}.index`;
    const table = await TableReader.open(await nodeByteSource(index));
    let n = 0;
    await table.forEachEntry((key, value) => {
      if (key === '') return;
      expect(decodeBundleEntry(value, index)).toEqual(decodeBundleEntryWithProtobufjs(value));
      n++;
    });
    expect(n).toBeGreaterThan(0);
  });

  it('reads the known values of the serving models (half_plus_two: a=0.5, b=2)', async () => {
    const v2 = await open('serving-half-plus-two-v2/export');
    expect(await scalar(v2, 'Variable')).toBe(0.5);
    expect(await scalar(v2, 'Variable_1')).toBe(2);
    for (const p of ['serving-saved-model-half-plus-two-cpu', 'serving-saved-model-half-plus-two-mkl']) {
      const r = await open(`${p}/variables/variables`);
      expect([await scalar(r, 'a'), await scalar(r, 'b')]).toEqual([0.5, 2]);
    }
    const tf2 = await openNodeCheckpoint(fixture('serving-saved-model-half-plus-two-tf2'));
    expect(await scalar(tf2, 'a/.ATTRIBUTES/VARIABLE_VALUE')).toBe(0.5);
    expect(await scalar(tf2, 'b/.ATTRIBUTES/VARIABLE_VALUE')).toBe(2);
    const titanic = await open('titanic-estimator-tf2.7/model.ckpt-200');
    expect(await scalar(titanic, 'global_step')).toBe(200n);
  });

  it('decodes Snappy-compressed index blocks (TF 1.14 and TF 2.14 SavedModels)', async () => {
    for (const p of ['serving-saved-model-half-plus-two-cpu', 'serving-saved-model-half-plus-two-tf2']) {
      const index = await nodeByteSource(fixture(p, 'variables/variables.index'));
      const table = await TableReader.open(index);
      const h = table.dataBlocks[0]!;
      expect((await index.read(h.offset + h.size, 1))[0]).toBe(1); // block type 1 = Snappy
      const r = await openNodeCheckpoint(fixture(p));
      expect(r.variables.length).toBeGreaterThan(3);
    }
  });

  it('lists an index without its data file and reports the missing shard by name', async () => {
    const r = await openNodeCheckpoint(fixture('keras-nasnetmobile-index-only'));
    expect(r.variables).toHaveLength(1894);
    expect(r.variables.every((v) => v.dtype === 'float32')).toBe(true);
    const debias = r.variables.filter((v) => /\/(biased|local_step)$/.test(v.name));
    expect(debias).toHaveLength(768);
    expect(debias.every((v) => v.role === 'bookkeeping')).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.file])).toEqual([
      ['MISSING_SHARD', fixture('keras-nasnetmobile-index-only/variables/variables.data-00000-of-00001')],
    ]);
    await expect(r.readTensor(r.variables[0]!.name)).rejects.toMatchObject({ code: 'MISSING_SHARD' });
  });

  it('reads a 2-shard TF2 checkpoint: the object graph alone in shard 0, Adam slots, int64 iter', async () => {
    const r = await open('keras-iris-sharded-tf2/model.ckpt');
    const graph = r.variables.find((v) => v.name === '_CHECKPOINTABLE_OBJECT_GRAPH')!;
    expect([graph.shard, graph.dtype, graph.role]).toEqual([0, 'string', 'object_graph']);
    const others = r.variables.filter((v) => v !== graph);
    expect(others).toHaveLength(17);
    expect(others.every((v) => v.shard === 1)).toBe(true);
    const iter = r.variables.find((v) => v.name === 'optimizer/iter/.ATTRIBUTES/VARIABLE_VALUE')!;
    expect([iter.dtype, iter.role]).toEqual(['int64', 'bookkeeping']);
    expect(others.filter((v) => v.role === 'optimizer_slot')).toHaveLength(8);
    expect(r.variables.find((v) => v.name === 'layer-1/kernel/.ATTRIBUTES/VARIABLE_VALUE')?.fullName).toBe(
      'sequential/dense/kernel',
    );
  });

  it('maps TF2 object keys to full_name where they differ (vqvae decoder/conv1 → decoder/dec_1)', async () => {
    const r = await open('vqvae-tf2-checkpoint/ckpt-1');
    const w = r.variables.find((v) => v.name === 'decoder/conv1/w/.ATTRIBUTES/VARIABLE_VALUE')!;
    expect([w.fullName, w.shape]).toEqual(['decoder/dec_1/w', [3, 3, 64, 128]]);
    const counter = r.variables.find((v) => v.name === 'save_counter/.ATTRIBUTES/VARIABLE_VALUE')!;
    expect([counter.dtype, counter.role]).toEqual(['int64', 'bookkeeping']);
    expect(await scalar(r, counter.name)).toBe(1n);
  });

  it('has 295 tensors in the DeepChem checkpoint', async () => {
    expect((await open('deepchem-tf2-checkpoint/ckpt-2')).variables).toHaveLength(295);
  });

  it('reads the empty-prefix checkpoint beside model.ckpt: same names and shapes, other values', async () => {
    const a = await open('dnn-test-tf1.12/model.ckpt');
    const b = await open('dnn-test-tf1.12/');
    const desc = (r: CheckpointReader) => r.variables.map((v) => [v.name, v.dtype, v.shape]);
    expect(desc(b)).toEqual(desc(a));
    const big = a.variables.reduce((m, v) => (v.bytes > m.bytes ? v : m));
    expect((await b.readTensor(big.name)).values).not.toEqual((await a.readTensor(big.name)).values);
  });
});

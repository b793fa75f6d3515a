import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, fixturesDir, haveSharedFixtures } from '../testing/fixtures';
import { blobByteSource } from './bytes/blobByteSource';
import { nodeByteSource } from './bytes/nodeByteSource';
import { listNodeCheckpointPrefixes, openNodeCheckpoint } from './openNode';
import { checkpointGraph, openCheckpoint } from './open';
import { countDeclared } from './tensorflow/metaGraph';

/** Every prefix with a `.meta` or `saved_model.pb` (16, per the fixtures' MANIFEST). */
const WITH_GRAPH: Array<[string, string]> = [
  ['banknote-tf2.0-v1saver', 'model.ckpt-100'],
  ['dnn-test-tf1.12', ''],
  ['dnn-test-tf1.12', 'model.ckpt'],
  ['houseprices-tf1.10', 'model_longtrain.ckpt'],
  ['houseprices-tf1.10', 'model.ckpt'],
  ['nxt-robot-v1', 'model.ckpt'],
  ['serving-half-plus-two-v1', 'export'],
  ['serving-half-plus-two-v2', 'export'],
  ['serving-saved-model-counter', 'variables/variables'],
  ['serving-saved-model-half-plus-three', 'variables/variables'],
  ['serving-saved-model-half-plus-two-cpu', 'variables/variables'],
  ['serving-saved-model-half-plus-two-mkl', 'variables/variables'],
  ['serving-saved-model-half-plus-two-tf2', 'variables/variables'],
  ['serving-session-bundle-v1', 'export'],
  ['titanic-estimator-tf2.7', 'model.ckpt-200'],
  ['vocal-autoencoder-v1', 'model.ckpt'],
];

describe.skipIf(!haveSharedFixtures())('opening real fixture folders, with the graph cross-check', () => {
  it.each(WITH_GRAPH)(
    '%s (%s): names, dtypes and shapes agree with the graph TF saved',
    async (dir, prefix) => {
      const r = await openNodeCheckpoint(fixture(dir), { prefix: `${fixture(dir)}/${prefix}` });
      expect(r.warnings).toEqual([]);
      const g = checkpointGraph(r)!;
      expect(g).toBeDefined();
      const stored = r.variables.filter((v) => v.role !== 'object_graph');
      expect(countDeclared(r.variables, g)).toBe(stored.length);
      const byName = new Map(g.variables.map((v) => [v.name, v]));
      for (const v of stored) {
        const gv = byName.get(v.fullName ?? v.name)!;
        expect([v.name, v.dtype, v.shape]).toEqual([v.name, gv.dtype, gv.shape ?? v.shape]);
      }
      // TF1 savers list the saved names in the graph: exactly the checkpoint's keys.
      if (g.savedNames.length > 0) expect([...g.savedNames].sort()).toEqual(stored.map((v) => v.name).sort());
    },
  );

  it('warns when the graph belongs to another checkpoint', async () => {
    const dir = fixture('houseprices-tf1.10');
    const files = await Promise.all([
      nodeByteSource(`${dir}/model.ckpt.index`, 'h/model.ckpt.index'),
      nodeByteSource(`${dir}/model.ckpt.data-00000-of-00001`, 'h/model.ckpt.data-00000-of-00001'),
      nodeByteSource(`${dir}/model_longtrain.ckpt.meta`, 'h/model.ckpt.meta'),
    ]);
    const r = await openCheckpoint(files);
    expect(r.variables).toHaveLength(34);
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(r.warnings.every((w) => w.file === 'h/model.ckpt.meta')).toBe(true);
    expect(new Set(r.warnings.map((w) => w.code))).toEqual(new Set(['NOT_FOUND', 'SHAPE_MISMATCH']));
  });

  it('lists several prefixes in one folder and asks which one', async () => {
    const dir = fixture('houseprices-tf1.10');
    const c = await listNodeCheckpointPrefixes(dir);
    expect(c.map((x) => [x.prefix, x.latestInStateFile, x.graph?.name])).toEqual([
      [`${dir}/model_longtrain.ckpt`, false, `${dir}/model_longtrain.ckpt.meta`],
      [`${dir}/model.ckpt`, true, `${dir}/model.ckpt.meta`],
    ]);
    await expect(openNodeCheckpoint(dir)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('treats the checkpoint state file as a hint only (stale names, absolute paths)', async () => {
    const titanic = await listNodeCheckpointPrefixes(fixture('titanic-estimator-tf2.7'));
    expect(titanic.map((x) => [x.prefix, x.latestInStateFile])).toEqual([
      [fixture('titanic-estimator-tf2.7/model.ckpt-200'), false],
    ]);
    const banknote = await listNodeCheckpointPrefixes(fixture('banknote-tf2.0-v1saver'));
    expect(banknote.map((x) => x.latestInStateFile)).toEqual([true]);
    expect((await openNodeCheckpoint(fixture('titanic-estimator-tf2.7'))).variables).toHaveLength(37);
  });

  it('opens a SavedModel folder as one checkpoint with its saved_model.pb', async () => {
    const r = await openNodeCheckpoint(fixture('serving-saved-model-half-plus-two-cpu'));
    expect(r.prefix).toBe(fixture('serving-saved-model-half-plus-two-cpu/variables/variables'));
    expect(checkpointGraph(r)?.tensorflowVersion).toBe('1.14.0');
    expect(r.variables.map((v) => v.name)).toEqual(['a', 'a2', 'b', 'c', 'c2']);
  });

  it('finds every prefix of the whole fixture tree', async () => {
    const all = await listNodeCheckpointPrefixes(fixturesDir);
    expect(all).toHaveLength(22);
    expect(all.filter((c) => c.format === 'tf-v1')).toHaveLength(5);
  });

  it('reads through Blob byte sources exactly as through Node files (browser path)', async () => {
    const dir = fixture('keras-iris-sharded-tf2');
    const names = ['model.ckpt.index', 'model.ckpt.data-00000-of-00002', 'model.ckpt.data-00001-of-00002'];
    const blobs = names.map((n) => blobByteSource(new Blob([readFileSync(`${dir}/${n}`)]), `iris/${n}`));
    const viaBlob = await openCheckpoint(blobs);
    const viaNode = await openNodeCheckpoint(`${dir}/model.ckpt`);
    expect(viaBlob.variables.map((v) => [v.name, v.fullName, v.role])).toEqual(
      viaNode.variables.map((v) => [v.name, v.fullName, v.role]),
    );
    const name = 'layer-2/kernel/.ATTRIBUTES/VARIABLE_VALUE';
    expect((await viaBlob.readTensor(name)).values).toEqual((await viaNode.readTensor(name)).values);
  });

  it('real files in the wrong role give typed errors naming them', async () => {
    const dir = fixture('houseprices-tf1.10');
    const data = `${dir}/model.ckpt.data-00000-of-00001`;
    await expect(openNodeCheckpoint([data])).rejects.toMatchObject({ code: 'MISSING_INDEX', file: data });
    const meta = await nodeByteSource(`${dir}/model.ckpt.meta`, 'x/model.ckpt.index');
    await expect(openCheckpoint([meta])).rejects.toMatchObject({
      code: 'BAD_MAGIC',
      file: 'x/model.ckpt.index',
    });
    const index = readFileSync(`${dir}/model.ckpt.index`);
    const cut = blobByteSource(new Blob([index.subarray(0, index.length - 100)]), 'cut.index');
    await expect(openCheckpoint([cut])).rejects.toMatchObject({ file: 'cut.index' });
  });
});

import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import { decodeNpy } from '../../formats/numpy/npy';
import { fixture, haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import type { CheckpointCatalogue, InputFile } from './checkpointCatalogue';
import { serveCheckpointRequests } from './checkpointService';
import type { FromWorker, ToWorker } from '../rpc/protocol';
import { createLoopback, createWorkerClient } from '../rpc/workerClient';
import { VariableTable } from './variableColumns';

const listed = (o: { columns: ConstructorParameters<typeof VariableTable>[0] }) =>
  new VariableTable(o.columns).toArray();

function client() {
  const [main, worker] = createLoopback<ToWorker<CheckpointCatalogue>, FromWorker>();
  serveCheckpointRequests(worker);
  return createWorkerClient<CheckpointCatalogue>(main);
}

async function input(path: string, dir = ''): Promise<InputFile> {
  return { path: `${dir}${basename(path)}`, file: await openAsBlob(path) };
}

describe.skipIf(!haveSharedFixtures())('checkpoint service on real files (in-thread)', () => {
  it('lists two prefixes in one folder and opens the chosen one with a stable identity', async () => {
    const c = client();
    const dir = 'houseprices/';
    const names = ['model.ckpt.index', 'model.ckpt.data-00000-of-00001', 'model_longtrain.ckpt.index'];
    const files = await Promise.all(names.map((n) => input(fixture('houseprices-tf1.10', n), dir)));
    const listing = await c.call('listPrefixes', { files });
    expect(listing.map((l) => l.prefix).sort()).toEqual([
      'houseprices/model.ckpt',
      'houseprices/model_longtrain.ckpt',
    ]);
    const a = await c.call('open', { files, prefix: 'houseprices/model.ckpt' });
    const b = await c.call('open', { files, prefix: 'houseprices/model.ckpt' });
    expect(a.format).toBe('tf-v2');
    expect(listed(a).some((v) => v.role === 'optimizer_slot')).toBe(true);
    expect(a.identity).toBe(b.identity);
    expect(a.handle).not.toBe(b.handle);
  });

  it('summarizes a tensor: stats, histogram and preview from the real bytes', async () => {
    const c = client();
    const files = [
      await input(fixture('serving-half-plus-two-v2', 'export.index')),
      await input(fixture('serving-half-plus-two-v2', 'export.data-00000-of-00001')),
    ];
    const opened = await c.call('open', { files, prefix: 'export' });
    const s = await c.call('summarize', { handle: opened.handle, name: 'Variable' });
    expect(s.preview.values).toEqual(['0.5']);
    expect(s.stats).toEqual(expect.objectContaining({ min: 0.5, max: 0.5, mean: 0.5, nan: 0 }));
  });

  it('a data shard without its index is refused with a typed MISSING_INDEX error', async () => {
    const c = client();
    const files = [await input(fixture('dnn-test-tf1.12', 'model.ckpt.data-00000-of-00001'))];
    const e = await c.call('listPrefixes', { files }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SlimscopeError);
    expect((e as SlimscopeError).code).toBe('MISSING_INDEX');
  });

  it('oracle: auto-match is complete; a refused click explains; map, undo, redo, export', async () => {
    const c = client();
    const files = [
      await input(`${oracleDir}/nasnet-mobile/model.ckpt.index`),
      await input(`${oracleDir}/nasnet-mobile/model.ckpt.data-00000-of-00001`),
    ];
    const { handle } = await c.call('open', { files, prefix: 'model.ckpt' });
    const auto = await c.call('autoMatch', {
      handle,
      model: 'nasnet-mobile',
      mode: 'inference',
      preferEma: false,
    });
    expect(auto.view.pairs).toHaveLength(1126);
    expect(auto.view.missing).toEqual([]);
    const unmapped = await c.call('unmapPair', { handle, graph: 'conv0/weights' });
    expect(unmapped.view.missing).toEqual(['conv0/weights']);
    const refused = await c.call('mapPair', {
      handle,
      checkpoint: 'conv0/weights',
      graph: 'final_layer/FC/weights',
    });
    expect(refused.refusal?.reason).toContain('[3,3,3,32] vs [1056,1001]');
    const mapped = await c.call('mapPair', { handle, checkpoint: 'conv0/weights', graph: 'conv0/weights' });
    expect(mapped.view.pairs.find((p) => p.graph === 'conv0/weights')?.how).toBe('manual');
    expect((await c.call('undo', { handle })).view.missing).toEqual(['conv0/weights']);
    expect((await c.call('redo', { handle })).view.missing).toEqual([]);
    const map = await c.call('exportAssignmentMap', { handle });
    expect(map['conv0/weights']).toBe('conv0/weights');
    const rekeyed = await c.call('exportRekeyed', { handle, keepUnmapped: true });
    const [index, data] = rekeyed.files;
    const reopened = await c.call('open', {
      files: [
        { path: index!.fileName, file: index!.blob },
        { path: data!.fileName, file: data!.blob },
      ],
      prefix: index!.fileName.replace(/\.index$/, ''),
    });
    expect(
      listed(reopened)
        .map((v) => v.name)
        .sort(),
    ).toEqual([...auto.view.pairs.map((p) => p.graph), ...auto.view.unused, 'global_step'].sort());
    const npy = await c.call('exportTensorNpy', { handle, name: 'conv0/weights', side: 'graph' });
    const decoded = decodeNpy(new Uint8Array(await npy.files[0]!.blob.arrayBuffer()), 'x.npy');
    expect(decoded.shape).toEqual([3, 3, 3, 32]);
    const original = await c.call('summarize', { handle, name: 'conv0/weights' });
    expect(original.preview.values[0]).toBe(
      String(+Number((decoded.values as Float32Array)[0]).toPrecision(6)),
    );
    const doc = mapped.document as { pairs: unknown[]; checkpoint: { indexSha256: string } };
    expect(doc.pairs).toHaveLength(1126);
    expect(doc.checkpoint.indexSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('synthetic demo', () => {
  it('is generated by the V2 writer and reads back with tower_0/, EMA copies, slots and global_step', async () => {
    const c = client();
    const demo = await c.call('openDemo', {});
    expect(demo.synthetic).toBe(true);
    const roles = new Map<string, number>();
    for (const v of listed(demo)) roles.set(v.role, (roles.get(v.role) ?? 0) + 1);
    expect(roles.get('weight')).toBe(1138);
    expect(roles.get('ema')).toBe(1138);
    expect(roles.get('bookkeeping')).toBe(1);
    expect(roles.get('optimizer_slot')).toBeGreaterThan(0);
    const auto = await c.call('autoMatch', {
      handle: demo.handle,
      model: 'nasnet-mobile',
      mode: 'training',
      preferEma: true,
    });
    expect(auto.view.missing).toEqual([]);
    expect(
      auto.view.pairs.every(
        (p) => p.checkpoint.startsWith('tower_0/') && p.checkpoint.endsWith('/ExponentialMovingAverage'),
      ),
    ).toBe(true);
    const s = await c.call('summarize', {
      handle: demo.handle,
      name: 'tower_0/cell_0/comb_iter_0/left/bn_sep_5x5_1/moving_variance',
    });
    expect(s.stats!.min).toBeGreaterThan(0);
  });
});

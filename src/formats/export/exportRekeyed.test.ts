import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointReader, TensorData } from '../checkpoint';
import { memoryByteSource } from '../bytes/readChecks';
import { openNpz } from '../numpy/npzReader';
import { encodeNpz } from '../numpy/npzWriter';
import { openCheckpoint } from '../open';
import { BundleWriter } from '../tensorflow/bundleWriter';
import { dataPartsToBytes, writtenBundleFiles } from '../tensorflow/dataParts';
import { blobByteSource } from '../bytes/blobByteSource';
import { exportToBlobs } from './blobExport';
import type { ExportEntry } from './exportPlan';
import { exportRekeyed } from './exportStream';
import { writeExportFiles } from './nodeExportFiles';
import { exportNpzChunks } from './npzExport';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A small source checkpoint written by the project's bundle writer. */
async function sourceCheckpoint(): Promise<CheckpointReader> {
  const w = new BundleWriter();
  w.addTensor('InceptionV3/Conv2d_1a/weights', 'float32', [1, 1, 2, 3], new Float32Array([1, 2, 3, 4, 5, 6]));
  w.addTensor(
    'InceptionV3/Conv2d_1a/weights/ExponentialMovingAverage',
    'float32',
    [1, 1, 2, 3],
    new Float32Array(6).fill(9),
  );
  w.addTensor('InceptionV3/Logits/biases', 'float32', [3], new Float32Array([0.5, 0.25, -1]));
  w.addTensor('global_step', 'int64', [], new BigInt64Array([1234n]));
  w.addTensor('labels', 'string', [2], [enc('cat'), enc('dog')]);
  return openCheckpoint(await writtenBundleFiles('src/model.ckpt', w.finish()));
}

const copy = (graphName: string, checkpointName: string): ExportEntry => ({
  graphName,
  source: { kind: 'copy', checkpointName },
});

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'slimscope-export-unit-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function readBack(index: Uint8Array, data: Uint8Array): Promise<CheckpointReader> {
  return openCheckpoint([
    memoryByteSource('o.index', index),
    memoryByteSource('o.data-00000-of-00001', data),
  ]);
}

describe('exportRekeyed', () => {
  it('writes graph names with a produced (background-row) tensor, and Blob output equals file output', async () => {
    const reader = await sourceCheckpoint();
    const withBackground = async (): Promise<TensorData> => ({
      name: '',
      dtype: 'float32',
      shape: [4],
      values: new Float32Array([0, 0.5, 0.25, -1]),
    });
    const entries: ExportEntry[] = [
      copy('final_layer/conv/weights', 'InceptionV3/Conv2d_1a/weights'),
      {
        graphName: 'final_layer/FC/biases',
        source: { kind: 'tensor', checkpointName: 'InceptionV3/Logits/biases', tensor: withBackground },
      },
    ];
    const { index, data } = await exportToBlobs(exportRekeyed({ reader, entries }));
    const back = await readBack(
      new Uint8Array(await index.arrayBuffer()),
      new Uint8Array(await data.arrayBuffer()),
    );
    expect(back.variables.map((v) => [v.name, v.dtype, v.shape])).toEqual([
      ['final_layer/FC/biases', 'float32', [4]],
      ['final_layer/conv/weights', 'float32', [1, 1, 2, 3]],
    ]);
    expect(Array.from((await back.readTensor('final_layer/FC/biases')).values as Float32Array)).toEqual([
      0, 0.5, 0.25, -1,
    ]);
    expect(Array.from((await back.readTensor('final_layer/conv/weights')).values as Float32Array)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);

    const files = await writeExportFiles(exportRekeyed({ reader, entries }), join(out, 'a', 'model.ckpt'));
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(files.indexPath)).equals(new Uint8Array(await index.arrayBuffer()))).toBe(true);
    expect((await readFile(files.dataPath)).equals(new Uint8Array(await data.arrayBuffer()))).toBe(true);
  });

  it('uses Blob slices of the opened files for copies when the Blob is known', async () => {
    const w = new BundleWriter();
    w.addTensor('a', 'float32', [2], new Float32Array([1, 2]));
    w.addTensor('b', 'int32', [1], new Int32Array([7]));
    const bundle = w.finish();
    const dataBytes = await dataPartsToBytes(bundle.shards[0]!);
    const blob = new Blob([dataBytes as Uint8Array<ArrayBuffer>]);
    const dataSource = blobByteSource(blob, 'x.data-00000-of-00001');
    const reader = await openCheckpoint([memoryByteSource('x.index', bundle.index), dataSource]);
    const reads: number[] = [];
    const original = dataSource.read.bind(dataSource);
    dataSource.read = (o: number, l: number) => (reads.push(o), original(o, l));
    const result = await exportToBlobs(exportRekeyed({ reader, entries: [copy('z', 'a'), copy('y', 'b')] }));
    expect(reads).toEqual([]);
    const back = await readBack(
      new Uint8Array(await result.index.arrayBuffer()),
      new Uint8Array(await result.data.arrayBuffer()),
    );
    expect(Array.from((await back.readTensor('z')).values as Float32Array)).toEqual([1, 2]);
    expect(Array.from((await back.readTensor('y')).values as Int32Array)).toEqual([7]);
  });

  it('keeps unmapped extras (EMA, global_step, strings) under their own names', async () => {
    const reader = await sourceCheckpoint();
    const exp = exportRekeyed({
      reader,
      entries: [copy('w', 'InceptionV3/Conv2d_1a/weights'), copy('global_step', 'InceptionV3/Logits/biases')],
      keepUnmapped: true,
    });
    const { index, data } = await exportToBlobs(exp);
    const back = await readBack(
      new Uint8Array(await index.arrayBuffer()),
      new Uint8Array(await data.arrayBuffer()),
    );
    expect(back.variables.map((v) => v.name)).toEqual([
      'InceptionV3/Conv2d_1a/weights/ExponentialMovingAverage',
      'global_step',
      'labels',
      'w',
    ]);
    expect(exp.plan.skipped).toEqual(['global_step']);
    const labels = (await back.readTensor('labels')).values as Uint8Array[];
    expect(labels.map((l) => new TextDecoder().decode(l))).toEqual(['cat', 'dog']);
  });

  it('orders tensors by UTF-8 bytes as TF tables do, not by UTF-16 code units', async () => {
    const reader = await sourceCheckpoint();
    // U+FF01 is EF BC 81 in UTF-8, U+1F600 is F0 9F 98 80; in UTF-16 the surrogate D83D sorts first.
    const names = ['w/\u{1F600}', 'w/\uFF01', 'w/a'];
    const plan = exportRekeyed({ reader, entries: names.map((n) => copy(n, 'global_step')) }).plan;
    expect(plan.tensors.map((t) => t.name)).toEqual(['w/a', 'w/\uFF01', 'w/\u{1F600}']);
  });

  it('rejects duplicate graph names and unknown checkpoint names before writing anything', async () => {
    const reader = await sourceCheckpoint();
    expect(() => exportRekeyed({ reader, entries: [copy('x', 'global_step'), copy('x', 'labels')] })).toThrow(
      expect.objectContaining({ code: 'BAD_MAPPING' }),
    );
    expect(() => exportRekeyed({ reader, entries: [copy('x', 'nope')] })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    const transformed: ExportEntry = {
      graphName: 'y',
      source: { kind: 'tensor', checkpointName: 'gone', tensor: () => reader.readTensor('gone') },
    };
    expect(() => exportRekeyed({ reader, entries: [transformed] })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', problem: expect.stringContaining('gone') }),
    );
  });

  it('leaves no files behind when a tensor cannot be produced, and honours cancellation', async () => {
    const reader = await sourceCheckpoint();
    const failing: ExportEntry = {
      graphName: 'bad',
      source: { kind: 'tensor', tensor: () => Promise.reject(new Error('transform failed')) },
    };
    const dir = join(out, 'failed');
    await expect(
      writeExportFiles(exportRekeyed({ reader, entries: [copy('a', 'labels'), failing] }), join(dir, 'm')),
    ).rejects.toThrow('transform failed');
    expect(await readdir(dir)).toEqual([]);
    const exp = exportRekeyed({ reader, entries: [copy('a', 'labels')] }, { signal: { cancelled: true } });
    await expect(exportToBlobs(exp)).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('re-keys a non-TF source (.npz) and excludes a TF2 object graph from extras', async () => {
    const npz = await encodeNpz([
      {
        name: 'conv1/kernel:0',
        tensor: async () => ({
          name: '',
          dtype: 'float64',
          shape: [2],
          values: new Float64Array([1.5, 2.5]),
        }),
      },
    ]);
    const reader = await openNpz(memoryByteSource('w.npz', npz));
    const { index, data } = await exportToBlobs(
      exportRekeyed({ reader, entries: [copy('conv1/weights', 'conv1/kernel:0')] }),
    );
    const back = await readBack(
      new Uint8Array(await index.arrayBuffer()),
      new Uint8Array(await data.arrayBuffer()),
    );
    expect(Array.from((await back.readTensor('conv1/weights')).values as Float64Array)).toEqual([1.5, 2.5]);

    const tf2: CheckpointReader = {
      ...reader,
      variables: [
        ...reader.variables,
        { ...reader.variables[0]!, name: '_CHECKPOINTABLE_OBJECT_GRAPH', role: 'object_graph' },
      ],
      readTensor: (n) => reader.readTensor(n),
    };
    const plan = exportRekeyed({ reader: tf2, entries: [], keepUnmapped: true }).plan;
    expect(plan.tensors.map((t) => t.name)).toEqual(['conv1/kernel:0']);
  });
});

describe('exportRekeyed from sources whose bytes cannot be copied as stored', () => {
  it('re-encodes a big-endian bundle little-endian and stitches a partitioned variable', async () => {
    const w = new BundleWriter({ bigEndian: true });
    w.addTensor('be/w', 'float32', [3], new Float32Array([1.5, -2, 3]));
    w.addPartitioned(
      'part/emb',
      'int32',
      [4, 2],
      [
        {
          extents: [
            { start: 0, length: 2 },
            { start: 0, length: -1 },
          ],
          values: new Int32Array([1, 2, 3, 4]),
        },
        {
          extents: [
            { start: 2, length: 2 },
            { start: 0, length: -1 },
          ],
          values: new Int32Array([5, 6, 7, 8]),
        },
      ],
    );
    const reader = await openCheckpoint(await writtenBundleFiles('be/model.ckpt', w.finish()));
    const exp = exportRekeyed({ reader, entries: [copy('w', 'be/w'), copy('emb', 'part/emb')] });
    expect(exp.plan.tensors.every((t) => t.produce && !t.copy)).toBe(true);
    const { index, data } = await exportToBlobs(exp);
    const indexBytes = new Uint8Array(await index.arrayBuffer());
    const back = await readBack(indexBytes, new Uint8Array(await data.arrayBuffer()));
    expect(Array.from((await back.readTensor('w')).values as Float32Array)).toEqual([1.5, -2, 3]);
    const emb = await back.readTensor('emb');
    expect([emb.shape, Array.from(emb.values as Int32Array)]).toEqual([
      [4, 2],
      [1, 2, 3, 4, 5, 6, 7, 8],
    ]);
    expect(back.variables.find((v) => v.name === 'emb')?.slices).toBeUndefined();
    // Raw bytes: key order is emb (8 × int32 = 32 bytes), then w, whose 1.5 is 00 00 c0 3f little-endian.
    const raw = new Uint8Array(await data.arrayBuffer());
    expect(Array.from(raw.subarray(32, 36))).toEqual([0, 0, 0xc0, 0x3f]);
  });
});

describe('exportNpzChunks', () => {
  it('writes every mapped weight keyed by graph name, transforms applied', async () => {
    const reader = await sourceCheckpoint();
    const entries: ExportEntry[] = [
      copy('cell_0/w', 'InceptionV3/Conv2d_1a/weights'),
      {
        graphName: 'b',
        source: {
          kind: 'tensor',
          tensor: async () => ({ name: '', dtype: 'int32', shape: [1], values: new Int32Array([3]) }),
        },
      },
    ];
    const parts: Uint8Array[] = [];
    for await (const p of exportNpzChunks({ reader, entries }, { compress: true })) parts.push(p);
    const npz = await openNpz(memoryByteSource('mapped.npz', new Uint8Array(Buffer.concat(parts))));
    expect(npz.variables.map((v) => [v.name, v.shape])).toEqual([
      ['b', [1]],
      ['cell_0/w', [1, 1, 2, 3]],
    ]);
    expect(Array.from((await npz.readTensor('cell_0/w')).values as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

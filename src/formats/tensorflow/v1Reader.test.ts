import { describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { openNodeCheckpoint } from '../openNode';
import { memoryByteSource } from '../bytes/readChecks';
import { openCheckpoint } from '../open';
import type { SliceExtent } from './bundleEntry';
import { encodeTensorNameSlice } from './orderedCode';
import { tensorflow } from './proto';
import { TableWriter } from './table/tableWriter';
import { concatBytes } from '../bytes/concatBytes';

const scalar = async (p: string, name: string) =>
  (await (await openNodeCheckpoint(fixture(p))).readTensor(name)).values[0];

describe.skipIf(!haveSharedFixtures())('V1 checkpoints (SavedTensorSlices) on the real fixtures', () => {
  it('reads the serving half_plus_two exports: Variable=0.5, Variable_1=2 / a=0.5, b=2', async () => {
    expect(await scalar('serving-half-plus-two-v1', 'Variable')).toBe(0.5);
    expect(await scalar('serving-half-plus-two-v1', 'Variable_1')).toBe(2);
    expect(await scalar('serving-session-bundle-v1/export', 'a')).toBe(0.5);
    expect(await scalar('serving-session-bundle-v1/export', 'b')).toBe(2);
  });

  it.each([
    ['nxt-robot-v1', 14],
    ['vocal-autoencoder-v1', 39],
    ['vocal-autoencoder-v1-noversion', 6],
  ])('%s lists %i tensors and reads each one whole', async (dir, count) => {
    const r = await openNodeCheckpoint(fixture(dir));
    expect(r.format).toBe('tf-v1');
    expect(r.variables).toHaveLength(count);
    for (const v of r.variables) {
      const t = await r.readTensor(v.name);
      expect(t.values.length).toBe(v.shape.reduce((a, b) => a * b, 1));
    }
  });

  it('reads the 1 MB tensor that sits in a block of its own', async () => {
    const r = await openNodeCheckpoint(fixture('vocal-autoencoder-v1-noversion'));
    const v = r.variables.find((x) => x.name === 'Variable')!;
    expect(v.shape).toEqual([1024, 256]);
    const t = await r.readTensor('Variable');
    expect((t.values as Float32Array).every(Number.isFinite)).toBe(true);
  });
});

/** Builds a V1 table by hand (TF's layout) to test sliced tensors, which no real fixture has. */
function v1Table(
  tensors: Array<{ name: string; shape: number[]; slices: Array<[SliceExtent[], number[]]> }>,
) {
  const w = new TableWriter();
  const meta = tensorflow.SavedTensorSliceMeta.create({
    tensor: tensors.map((t) => ({
      name: t.name,
      shape: { dim: t.shape.map((size) => ({ size })) },
      type: tensorflow.DataType.DT_FLOAT,
      slice: t.slices.map(([ext]) => ({ extent: ext.map((e) => (e.length < 0 ? {} : e)) })),
    })),
  });
  w.add('', tensorflow.SavedTensorSlices.encode({ meta }).finish());
  const records = tensors.flatMap((t) =>
    t.slices.map(([ext, values]) => {
      const slice = { extent: ext.map((e) => (e.length < 0 ? {} : e)) };
      const data = { name: t.name, slice, data: { floatVal: values } };
      return [
        encodeTensorNameSlice(t.name, ext),
        tensorflow.SavedTensorSlices.encode({ data }).finish(),
      ] as const;
    }),
  );
  for (const [k, v] of records.sort(([a], [b]) => (a < b ? -1 : 1))) w.add(k, v);
  return concatBytes(w.finish());
}

describe('V1 sliced tensors', () => {
  it('stitches the slices of a partitioned V1 tensor and opens sharded file names', async () => {
    const bytes = v1Table([
      {
        name: 'w',
        shape: [3, 2],
        slices: [
          [
            [
              { start: 0, length: 1 },
              { start: 0, length: -1 },
            ],
            [1, 2],
          ],
          [
            [
              { start: 1, length: 2 },
              { start: 0, length: -1 },
            ],
            [3, 4, 5, 6],
          ],
        ],
      },
      { name: 'b', shape: [2], slices: [[[{ start: 0, length: -1 }], [7, 8]]] },
    ]);
    const r = await openCheckpoint([memoryByteSource('ckpt/model-00000-of-00001', bytes)]);
    expect([r.format, r.prefix]).toEqual(['tf-v1', 'ckpt/model']);
    expect(r.variables.map((v) => [v.name, v.shape, v.slices])).toEqual([
      ['b', [2], undefined],
      ['w', [3, 2], 2],
    ]);
    expect((await r.readTensor('w')).values).toEqual(Float32Array.of(1, 2, 3, 4, 5, 6));
    expect((await r.readTensor('b')).values).toEqual(Float32Array.of(7, 8));
  });

  it('reports missing V1 shard files by name and lists the rest', async () => {
    const bytes = v1Table([{ name: 'b', shape: [2], slices: [[[{ start: 0, length: -1 }], [7, 8]]] }]);
    const r = await openCheckpoint([memoryByteSource('ckpt/model-00001-of-00003', bytes)]);
    expect(r.variables.map((v) => v.name)).toEqual(['b']);
    expect(r.warnings.map((w) => [w.code, w.file])).toEqual([
      ['MISSING_SHARD', 'ckpt/model-00000-of-00003'],
      ['MISSING_SHARD', 'ckpt/model-00002-of-00003'],
    ]);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures, V2_FIXTURES } from '../../testing/fixtures';
import type { ByteSource } from '../bytes/byteSource';
import { nodeByteSource } from '../bytes/nodeByteSource';
import { readBundleIndex } from './bundleIndex';
import { BundleReader } from './bundleReader';
import { BundleWriter } from './bundleWriter';
import { dataPartsToBytes } from './dataParts';
import { dtypeFromEnum } from './dtypes';

/** Uncompressed V2 indexes: TF's exact bytes must come back. (The two Snappy ones are excluded.) */
const PLAIN_INDEXES = V2_FIXTURES.filter((f) => !f.snappyIndex).map((f) => f.prefix);
/** Written by TF1 savers: tensors in key order in the data file. */
const TF1_DATA = [
  'serving-half-plus-two-v2/export',
  'serving-saved-model-half-plus-three/variables/variables',
  'serving-saved-model-counter/variables/variables',
  'serving-saved-model-half-plus-two-mkl/variables/variables',
  'houseprices-tf1.10/model.ckpt',
  'dnn-test-tf1.12/model.ckpt',
  'banknote-tf2.0-v1saver/model.ckpt-100',
  'titanic-estimator-tf2.7/model.ckpt-200',
];

const indexPath = (p: string) => (p.endsWith('/') ? fixture(p, '.index') : `${fixture(p)}.index`);
const absent: ByteSource = { name: 'absent', size: 0, read: () => Promise.reject(new Error('not read')) };

describe.skipIf(!haveSharedFixtures())('V2 bundle writer against TensorFlow-written files', () => {
  it.each(PLAIN_INDEXES)('%s: re-writing the entries reproduces the .index bytes exactly', async (p) => {
    const original = new Uint8Array(await readFile(indexPath(p)));
    const index = await readBundleIndex(await nodeByteSource(indexPath(p)));
    const writer = new BundleWriter({ numShards: index.header.numShards });
    // Data order in the shards is TF's (key order for TF1, object order for TF2): add in that order.
    const inDataOrder = [...index.entries].sort(
      ([, a], [, b]) => a.shardId - b.shardId || a.offset - b.offset,
    );
    for (const [name, e] of inDataOrder) {
      const part = { source: absent, offset: e.offset, length: e.size };
      writer.addRaw(name, dtypeFromEnum(e.dtype)!, e.shape, part, e.crc32c, e.shardId);
    }
    expect(Buffer.from(writer.finish().index).equals(Buffer.from(original))).toBe(true);
  });

  it.each(TF1_DATA)(
    '%s: tensors re-encoded from their values in key order give the same data file',
    async (p) => {
      const shardPath = `${fixture(p)}.data-00000-of-00001`;
      const index = await readBundleIndex(await nodeByteSource(indexPath(p)));
      const reader = new BundleReader(p, index, new Map([[0, await nodeByteSource(shardPath)]]));
      const writer = new BundleWriter();
      for (const v of reader.variables) {
        const t = await reader.readTensor(v.name);
        writer.addTensor(v.name, t.dtype, t.shape, t.values);
      }
      const written = writer.finish();
      const data = await dataPartsToBytes(written.shards[0]!);
      expect(Buffer.from(data).equals(await readFile(shardPath))).toBe(true);
      expect(Buffer.from(written.index).equals(await readFile(indexPath(p)))).toBe(true);
    },
  );

  it.each(['serving-saved-model-half-plus-two-cpu', 'serving-saved-model-half-plus-two-tf2'])(
    '%s: the Snappy-compressed index re-written uncompressed holds the same entries',
    async (p) => {
      const path = fixture(p, 'variables/variables.index');
      const index = await readBundleIndex(await nodeByteSource(path));
      const writer = new BundleWriter({ numShards: index.header.numShards });
      const inDataOrder = [...index.entries].sort(([, a], [, b]) => a.offset - b.offset);
      for (const [name, e] of inDataOrder) {
        writer.addRaw(
          name,
          dtypeFromEnum(e.dtype)!,
          e.shape,
          { source: absent, offset: 0, length: e.size },
          e.crc32c,
        );
      }
      const rewritten = writer.finish().index;
      expect(rewritten.length).toBeGreaterThan((await readFile(path)).length);
      const again = await readBundleIndex({
        name: 'x',
        size: rewritten.length,
        read: async (o, n) => rewritten.slice(o, o + n),
      });
      expect(again.entries).toEqual(index.entries);
    },
  );
});

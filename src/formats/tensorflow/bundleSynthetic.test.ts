import { describe, expect, it } from 'vitest';
import { type SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { memoryByteSource } from '../bytes/readChecks';
import type { DType, TensorValues } from '../checkpoint';
import { openCheckpoint } from '../open';
import { BundleWriter } from './bundleWriter';
import { writtenBundleFiles } from './dataParts';
import { encodeTensorNameSlice } from './orderedCode';

const utf8 = (s: string) => new TextEncoder().encode(s);

const ALL_DTYPES: Array<[DType, number[], TensorValues]> = [
  ['float16', [3], Uint16Array.of(0x3c00, 0xc000, 0x7c00)],
  ['bfloat16', [2, 2], Uint16Array.of(0x3f80, 0xbf80, 0x7fc0, 0x0001)],
  ['float32', [2, 3], Float32Array.of(1, -2.5, 3e38, NaN, -Infinity, 0)],
  ['float64', [2], Float64Array.of(Math.PI, -1e300)],
  ['int8', [4], Int8Array.of(-128, -1, 0, 127)],
  ['int16', [2], Int16Array.of(-32768, 32767)],
  ['int32', [3], Int32Array.of(-2147483648, 0, 2147483647)],
  ['int64', [2], BigInt64Array.of(-(2n ** 63n), 2n ** 62n + 5n)],
  ['uint8', [2], Uint8Array.of(0, 255)],
  ['uint16', [2], Uint16Array.of(0, 65535)],
  ['uint32', [2], Uint32Array.of(0, 4294967295)],
  ['uint64', [1], BigUint64Array.of(2n ** 64n - 1n)],
  ['bool', [3], Uint8Array.of(1, 0, 1)],
  ['complex64', [2], Float32Array.of(1, -1, 0.5, 2)],
  ['complex128', [1], Float64Array.of(-3, 4)],
  ['string', [2, 2], [utf8(''), utf8('é'), utf8('x'.repeat(300)), Uint8Array.of(0, 255, 7)]],
  ['float32', [0, 5], new Float32Array(0)],
];

async function roundTrip(bigEndian: boolean) {
  const writer = new BundleWriter({ bigEndian });
  ALL_DTYPES.forEach(([dtype, shape, values], i) => writer.addTensor(`t${i}/${dtype}`, dtype, shape, values));
  const files = await writtenBundleFiles('synthetic', writer.finish());
  return { files, reader: await openCheckpoint(files) };
}

async function expectError(
  p: Promise<unknown>,
  code: string | RegExp,
  file: string | RegExp,
): Promise<SlimscopeError> {
  const e = (await p.then(
    () => undefined,
    (x: unknown) => x,
  )) as SlimscopeError;
  expect(e?.name).toBe('SlimscopeError');
  expect(e.code).toMatch(code);
  expect(e.file).toMatch(file);
  expect(e.hint.length).toBeGreaterThan(0);
  return e;
}

describe('every dtype, little- and big-endian', () => {
  it.each([false, true])('round-trips all dtypes (bigEndian=%s)', async (bigEndian) => {
    const { reader } = await roundTrip(bigEndian);
    const listed = new Map(reader.variables.map((v) => [v.name, [v.dtype, v.shape]]));
    expect(ALL_DTYPES.map(([d], i) => listed.get(`t${i}/${d}`))).toEqual(ALL_DTYPES.map(([d, s]) => [d, s]));
    for (const [i, [dtype, , values]] of ALL_DTYPES.entries()) {
      const t = await reader.readTensor(`t${i}/${dtype}`);
      expect(t.values).toEqual(values);
    }
  });

  it('stores big-endian bytes on disk and marks the header BIG', async () => {
    const w = new BundleWriter({ bigEndian: true });
    w.addTensor('x', 'float32', [2], Float32Array.of(1, -2));
    w.addTensor('s', 'string', [1], [utf8('ab')]);
    const files = await writtenBundleFiles('be', w.finish());
    const data = await files[1]!.read(0, files[1]!.size);
    // Float 1.0 = 0x3f800000, -2.0 = 0xc0000000, most significant byte first; then the string.
    expect([...data.subarray(0, 8)]).toEqual([0x3f, 0x80, 0, 0, 0xc0, 0, 0, 0]);
    expect(data[8]).toBe(2); // varint length, endian-free
    const r = await openCheckpoint(files);
    expect((await r.readTensor('x')).values).toEqual(Float32Array.of(1, -2));
    expect((await r.readTensor('s')).values).toEqual([utf8('ab')]);
  });
});

describe('shards, partitioned variables and missing files', () => {
  async function sharded() {
    const w = new BundleWriter({ numShards: 3 });
    w.addTensor('a', 'float32', [2], Float32Array.of(1, 2), 0);
    w.addTensor('b', 'int32', [1], Int32Array.of(7), 1);
    w.addTensor('c', 'float64', [1], Float64Array.of(9), 2);
    return writtenBundleFiles('run/model.ckpt', w.finish());
  }

  it('reads tensors from the shard each entry names', async () => {
    const r = await openCheckpoint(await sharded());
    expect(r.variables.map((v) => [v.name, v.shard])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect((await r.readTensor('c')).values).toEqual(Float64Array.of(9));
  });

  it('reports a missing shard by name and keeps everything else readable', async () => {
    const files = (await sharded()).filter((f) => !f.name.includes('00001-of'));
    const r = await openCheckpoint(files);
    expect(r.variables).toHaveLength(3);
    expect(r.warnings.map((w) => [w.code, w.file])).toEqual([
      ['MISSING_SHARD', 'run/model.ckpt.data-00001-of-00003'],
    ]);
    expect((await r.readTensor('a')).values).toEqual(Float32Array.of(1, 2));
    await expectError(r.readTensor('b'), 'MISSING_SHARD', 'run/model.ckpt.data-00001-of-00003');
  });

  it('ignores data files of a save with another shard count', async () => {
    const w = new BundleWriter();
    w.addTensor('a', 'float32', [1], Float32Array.of(3));
    const [index, data] = await writtenBundleFiles('m', w.finish());
    const stray = memoryByteSource('m.data-00000-of-00002', await data!.read(0, data!.size));
    const r = await openCheckpoint([index!, stray]);
    expect(r.warnings.map((x) => [x.code, x.file])).toEqual([
      ['MISSING_SHARD', 'm.data-00000-of-00001'],
      ['MISSING_SHARD', 'm.data-00000-of-00002'],
    ]);
    await expect(r.readTensor('a')).rejects.toMatchObject({ code: 'MISSING_SHARD' });
  });

  it('encodes slice keys as TF does (OrderedCode: full dimension = 0x80 0x7f)', () => {
    const key = encodeTensorNameSlice('a', [
      { start: 0, length: 2 },
      { start: 0, length: -1 },
    ]);
    expect([...key].map((c) => c.charCodeAt(0))).toEqual([0, 0x61, 0, 1, 1, 2, 0x80, 0x82, 0x80, 0x7f]);
    const big = encodeTensorNameSlice('w', [{ start: 1000, length: 64 }]);
    expect([...big.slice(6)].map((c) => c.charCodeAt(0))).toEqual([0xc3, 0xe8, 0xc0, 0x40]);
  });

  it('stitches a partitioned variable into the full tensor and lists it once', async () => {
    const w = new BundleWriter({ numShards: 2 });
    const full = Float32Array.from({ length: 12 }, (_, i) => i);
    w.addPartitioned(
      'emb',
      'float32',
      [4, 3],
      [
        {
          extents: [
            { start: 0, length: 3 },
            { start: 0, length: -1 },
          ],
          values: full.slice(0, 9),
          shard: 1,
        },
        {
          extents: [
            { start: 3, length: 1 },
            { start: 0, length: -1 },
          ],
          values: full.slice(9),
          shard: 0,
        },
      ],
    );
    const cols = [0, 1, 2, 3, 4, 5].map((i) => BigInt(i));
    w.addPartitioned(
      'cols',
      'int64',
      [2, 3],
      [
        {
          extents: [
            { start: 0, length: -1 },
            { start: 1, length: 2 },
          ],
          values: BigInt64Array.of(1n, 2n, 4n, 5n),
        },
        {
          extents: [
            { start: 0, length: -1 },
            { start: 0, length: 1 },
          ],
          values: BigInt64Array.of(0n, 3n),
        },
      ],
    );
    w.addTensor('plain', 'float32', [1], Float32Array.of(5));
    const r = await openCheckpoint(await writtenBundleFiles('p', w.finish()));
    expect(r.variables.map((v) => [v.name, v.shape, v.slices, v.bytes])).toEqual([
      ['cols', [2, 3], 2, 48],
      ['emb', [4, 3], 2, 48],
      ['plain', [1], undefined, 4],
    ]);
    expect((await r.readTensor('emb')).values).toEqual(full);
    expect((await r.readTensor('cols')).values).toEqual(BigInt64Array.from(cols));
  });
});

describe('bad input gives typed errors naming the file', () => {
  async function good(): Promise<ByteSource[]> {
    const w = new BundleWriter();
    w.addTensor('w', 'float32', [64], new Float32Array(64).fill(1.5));
    return writtenBundleFiles('m', w.finish());
  }
  const withIndex = (files: ByteSource[], bytes: Uint8Array) => [
    memoryByteSource('m.index', bytes),
    files[1]!,
  ];
  const bytesOf = async (f: ByteSource) => f.read(0, f.size);

  it('truncated index', async () => {
    const files = await good();
    const cut = (await bytesOf(files[0]!)).slice(0, 30);
    await expectError(openCheckpoint(withIndex(files, cut)), 'TRUNCATED', 'm.index');
  });

  it('wrong magic / random bytes renamed .index', async () => {
    const files = await good();
    const idx = await bytesOf(files[0]!);
    idx[idx.length - 1] = idx[idx.length - 1]! ^ 0xff;
    await expectError(openCheckpoint(withIndex(files, idx)), 'BAD_MAGIC', 'm.index');
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    await expectError(openCheckpoint(withIndex(files, random)), 'BAD_MAGIC', 'm.index');
  });

  it('corrupt index block (CRC) and block handle outside the file', async () => {
    const files = await good();
    const idx = await bytesOf(files[0]!);
    idx[3] = idx[3]! ^ 0x01;
    await expectError(openCheckpoint(withIndex(files, idx)), 'BAD_CRC', 'm.index');
    const bad = await bytesOf(files[0]!);
    bad[bad.length - 48 + 2] = 0x7f; // index handle offset → far outside
    await expectError(openCheckpoint(withIndex(files, bad)), /BAD_BLOCK|BAD_FORMAT/, 'm.index');
  });

  it('tensor CRC mismatch names the tensor and the data file', async () => {
    const files = await good();
    const data = await bytesOf(files[1]!);
    data[10] = data[10]! ^ 0x40;
    const r = await openCheckpoint([files[0]!, memoryByteSource(files[1]!.name, data)]);
    const e = await expectError(r.readTensor('w'), 'BAD_CRC', 'm.data-00000-of-00001');
    expect(e.problem).toContain('"w"');
  });

  it('a .data file without its .index', async () => {
    const files = await good();
    await expectError(openCheckpoint([files[1]!]), 'MISSING_INDEX', 'm.data-00000-of-00001');
  });

  it('an entry larger than its shard, and an absurd shape, fail before allocating', async () => {
    const w = new BundleWriter();
    w.addRaw('huge', 'float32', [1e9, 1e9], new Uint8Array(8), 0);
    w.addRaw('long', 'float32', [1000], new Uint8Array(4000), 0);
    const written = w.finish();
    written.shards[0] = [new Uint8Array(100)];
    const r = await openCheckpoint(await writtenBundleFiles('x', written));
    expect(r.warnings.map((x) => x.code)).toEqual(['TRUNCATED']);
    await expectError(r.readTensor('huge'), 'SHAPE_MISMATCH', 'huge');
    await expectError(r.readTensor('long'), 'TRUNCATED', 'x.data-00000-of-00001');
  });
});

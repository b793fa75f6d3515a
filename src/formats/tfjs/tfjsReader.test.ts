import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { memoryByteSource } from '../bytes/readChecks';
import { listWeightSources } from '../registry';
import { writeTfjs, type TfjsFiles, type TfjsTestWeight } from '../../testing/tfjsWriter';
import { listTfjsModels } from './tfjsFiles';

const ramp = (n: number, from = 0, step = 1): number[] =>
  Array.from({ length: n }, (_, i) => from + i * step);

const WEIGHTS: TfjsTestWeight[] = [
  { name: 'conv2d/kernel', shape: [3, 3, 1, 2], values: ramp(18, -1, 0.125) },
  { name: 'conv2d/bias', shape: [2], values: [0.5, -0.25] },
  { name: 'step', shape: [], dtype: 'int32', values: [123456] },
  { name: 'mask', shape: [5], dtype: 'bool', values: [1, 0, 0, 1, 1] },
  { name: 'vocab', shape: [3], dtype: 'string', values: ['a', 'héllo', ''] },
  { name: 'dense/kernel', shape: [4, 3], values: ramp(12, 2, -0.5), newGroup: true },
  { name: 'dense/bias', shape: [3], values: [1, 2, 3] },
];

/** Sources for the files, named under `dir`, counting every read. */
function sources(t: TfjsFiles, dir = '', drop: string[] = []): { files: ByteSource[]; reads: string[] } {
  const reads: string[] = [];
  const files = t.files
    .filter((f) => !drop.includes(f.name))
    .map((f) => {
      const inner = memoryByteSource(dir + f.name, f.bytes);
      return {
        name: inner.name,
        size: inner.size,
        read: (o: number, l: number) => (reads.push(`${inner.name}@${o}+${l}`), inner.read(o, l)),
      };
    });
  return { files, reads };
}

async function openOnly(files: ByteSource[]) {
  const [model] = await listTfjsModels(files);
  if (!model) throw new Error('no model.json found');
  return model.open();
}

const values = (v: unknown): unknown[] =>
  Array.isArray(v)
    ? v.map((s: Uint8Array) => new TextDecoder().decode(s))
    : Array.from(v as ArrayLike<number>);

describe('TF.js model.json + shards', () => {
  it('lists every weight with its dtype and shape and reads values that straddle shards', async () => {
    const t = writeTfjs(WEIGHTS, { shardBytes: 16 });
    const { files, reads } = sources(t, 'web/');
    const r = await openOnly(files);
    expect(r.format).toBe('tfjs');
    expect(r.prefix).toBe('web/model.json');
    expect(r.warnings).toEqual([]);
    expect(r.variables.map((v) => [v.name, v.dtype, v.shape, v.bytes])).toEqual([
      ['conv2d/kernel', 'float32', [3, 3, 1, 2], 72],
      ['conv2d/bias', 'float32', [2], 8],
      ['step', 'int32', [], 4],
      ['mask', 'bool', [5], 5],
      ['vocab', 'string', [3], 4 * 3 + 1 + 6],
      ['dense/kernel', 'float32', [4, 3], 48],
      ['dense/bias', 'float32', [3], 12],
    ]);
    // conv2d/bias starts at byte 72 of group 1 = shard 4 (0-based), offset 8; group 2 numbers on.
    expect(r.variables.map((v) => [v.shard, v.offset])).toEqual([
      [0, 0],
      [4, 8],
      [5, 0],
      [5, 4],
      [5, 9],
      [7, 0],
      [10, 0],
    ]);
    // Opening reads model.json and, to place what follows a string weight, only its length prefixes.
    expect(reads.filter((x) => !x.startsWith('web/model.json@'))).toEqual([
      'web/group1-shard6of7.bin@9+7',
      'web/group1-shard7of7.bin@0+12',
    ]);
    for (const w of WEIGHTS) {
      const tensor = await r.readTensor(w.name);
      expect([w.name, tensor.shape, values(tensor.values)]).toEqual([
        w.name,
        w.shape,
        t.expected.get(w.name),
      ]);
    }
    reads.length = 0;
    await r.readTensor('conv2d/bias');
    expect(reads).toEqual(['web/group1-shard5of7.bin@8+8']);
    reads.length = 0;
    await r.readTensor('conv2d/kernel');
    expect(reads.length).toBe(5);
  });

  it('dequantizes uint8 / uint16 / float16 on read and shows the quantization', async () => {
    const data = ramp(40, -3.3, 0.21);
    const t = writeTfjs(
      [
        { name: 'q8', shape: [40], values: data, quantize: 'uint8' },
        { name: 'q16', shape: [5, 8], values: data, quantize: 'uint16' },
        { name: 'f16', shape: [40], values: data, quantize: 'float16' },
        { name: 'q8int', shape: [4], dtype: 'int32', values: [0, 7, 100, 255], quantize: 'uint8' },
      ],
      { shardBytes: 32, format: 'graph-model' },
    );
    const r = await openOnly(sources(t).files);
    expect(r.variables.map((v) => [v.name, v.dtype, v.bytes, v.quantization?.dtype])).toEqual([
      ['q8', 'float32', 40, 'uint8'],
      ['q16', 'float32', 80, 'uint16'],
      ['f16', 'float32', 80, 'float16'],
      ['q8int', 'int32', 4, 'uint8'],
    ]);
    expect(r.variables[0]!.quantization).toEqual({
      dtype: 'uint8',
      scale: expect.any(Number) as number,
      min: expect.any(Number) as number,
    });
    for (const name of ['q8', 'q16', 'f16', 'q8int']) {
      const tensor = await r.readTensor(name);
      expect([name, values(tensor.values)]).toEqual([name, t.expected.get(name)]);
    }
    // The quantization error stays within half a step of the original values.
    const q8 = values((await r.readTensor('q8')).values) as number[];
    const step = r.variables[0]!.quantization!.scale!;
    q8.forEach((v, i) => expect(Math.abs(v - data[i]!)).toBeLessThanOrEqual(step / 2 + 1e-6));
    const f16 = values((await r.readTensor('f16')).values) as number[];
    f16.forEach((v, i) => expect(Math.abs(v - data[i]!)).toBeLessThan(2e-3));
    expect(values((await r.readTensor('q8int')).values)).toEqual([0, 7, 100, 255]);
  });

  it('a missing shard is a warning naming it; reads before it work, reads needing it fail naming it', async () => {
    const t = writeTfjs(WEIGHTS.slice(0, 5), { shardBytes: 16 });
    const r = await openOnly(sources(t, '', ['group1-shard3of7.bin']).files);
    expect(r.warnings.map((w) => [w.code, w.file])).toEqual([['MISSING_SHARD', 'group1-shard3of7.bin']]);
    expect(r.variables.length).toBe(5);
    await expect(r.readTensor('conv2d/kernel')).rejects.toMatchObject({
      code: 'MISSING_SHARD',
      file: 'group1-shard3of7.bin',
    });
    await expect(r.readTensor('step')).rejects.toMatchObject({
      code: 'MISSING_SHARD',
      file: 'group1-shard3of7.bin',
    });
    const early = writeTfjs(WEIGHTS.slice(0, 2), { shardBytes: 72 });
    const r2 = await openOnly(sources(early, '', ['group1-shard2of2.bin']).files);
    expect(values((await r2.readTensor('conv2d/kernel')).values)).toEqual(
      early.expected.get('conv2d/kernel'),
    );
    await expect(r2.readTensor('conv2d/bias')).rejects.toMatchObject({ code: 'MISSING_SHARD' });
  });

  it('a truncated shard is a warning, and the weights past its end fail with TRUNCATED', async () => {
    const t = writeTfjs(WEIGHTS.slice(0, 2));
    t.files[1] = { name: t.files[1]!.name, bytes: t.files[1]!.bytes.slice(0, 75) };
    const r = await openOnly(sources(t).files);
    expect(r.warnings.map((w) => w.code)).toEqual(['TRUNCATED']);
    expect(values((await r.readTensor('conv2d/kernel')).values)).toEqual(t.expected.get('conv2d/kernel'));
    await expect(r.readTensor('conv2d/bias')).rejects.toMatchObject({ code: 'TRUNCATED' });
  });

  it('bad manifests end in a typed BAD_FORMAT error naming model.json', async () => {
    const bad = async (manifest: unknown) => {
      const json = JSON.stringify({ modelTopology: {}, weightsManifest: manifest });
      return openOnly([memoryByteSource('m/model.json', new TextEncoder().encode(json))]).catch(
        (e: unknown) => e,
      );
    };
    for (const manifest of [
      'nope',
      [{ paths: 'x.bin', weights: [] }],
      [{ paths: ['x.bin'], weights: [{ name: 'w', shape: [2], dtype: 'float64' }] }],
      [{ paths: ['x.bin'], weights: [{ name: 'w', shape: [-1], dtype: 'float32' }] }],
      [
        {
          paths: ['x.bin'],
          weights: [{ name: 'w', shape: [2], dtype: 'float32', quantization: { dtype: 'uint8' } }],
        },
      ],
      [
        {
          paths: ['x.bin'],
          weights: [{ name: 'w', shape: [2], dtype: 'bool', quantization: { dtype: 'float16' } }],
        },
      ],
    ]) {
      const e = await bad(manifest);
      expect(e).toBeInstanceOf(SlimscopeError);
      expect(e).toMatchObject({ code: 'BAD_FORMAT', file: 'm/model.json' });
    }
    const broken = memoryByteSource('model.json', new TextEncoder().encode('{"modelTopology": {"x": '));
    await expect(openOnly([broken])).rejects.toMatchObject({ code: 'BAD_FORMAT', file: 'model.json' });
  });

  it('string lengths that run past the shards leave that weight unreadable, not the others', async () => {
    const t = writeTfjs([
      { name: 'a', shape: [2], values: [1, 2] },
      { name: 's', shape: [1], dtype: 'string', values: ['abc'] },
    ]);
    const shard = t.files[1]!.bytes;
    new DataView(shard.buffer, shard.byteOffset).setUint32(8, 0xfffffff0, true);
    const r = await openOnly(sources(t).files);
    expect(r.warnings.map((w) => w.code)).toEqual(['TRUNCATED']);
    expect(values((await r.readTensor('a')).values)).toEqual([1, 2]);
    await expect(r.readTensor('s')).rejects.toBeInstanceOf(SlimscopeError);
  });
});

describe('TF.js models among dropped files (registry)', () => {
  it('groups each model.json with its shards by relative path; shards are not weight files of their own', async () => {
    // The first shard starts with the ZIP magic (int32 0x04034b50), which PyTorch's entry claims for .bin.
    const a = writeTfjs([{ name: 'x', shape: [1], dtype: 'int32', values: [0x04034b50] }]);
    const b = writeTfjs([{ name: 'y', shape: [2], values: [1, 2] }]);
    const files = [...sources(a, 'one/').files, ...sources(b, 'two/').files];
    const found = await listWeightSources(files);
    expect(found.map((s) => [s.formatId, s.prefix, s.files.map((f) => f.name)])).toEqual([
      ['tfjs', 'one/model.json', ['one/model.json', 'one/group1-shard1of1.bin']],
      ['tfjs', 'two/model.json', ['two/model.json', 'two/group1-shard1of1.bin']],
    ]);
    const y = await found[1]!.open();
    expect(values((await y.readTensor('y')).values)).toEqual([1, 2]);
  });

  it('other JSON files are left alone', async () => {
    const files = [memoryByteSource('mapping.json', new TextEncoder().encode('{"pairs": []}'))];
    expect(await listWeightSources(files)).toEqual([]);
  });
});

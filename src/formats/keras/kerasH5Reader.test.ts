import h5wasm from 'h5wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryByteSource } from '../bytes/readChecks';
import { openKerasH5 } from './kerasH5Reader';

let fs: NonNullable<Awaited<typeof h5wasm.ready>['FS']>;
beforeAll(async () => {
  const module = await h5wasm.ready;
  if (!module.FS) throw new Error('h5wasm has no FS');
  fs = module.FS;
});

/** Writes an HDF5 file with h5wasm (as a test input) and returns its bytes. */
function makeH5(build: (f: InstanceType<typeof h5wasm.File>) => void): Uint8Array {
  const path = `/test-${Math.random().toString(36).slice(2)}.h5`;
  const f = new h5wasm.File(path, 'w');
  build(f);
  f.close();
  const bytes = fs.readFile(path) as Uint8Array;
  fs.unlink(path);
  return bytes;
}

/** The layout Keras 2 `save_weights` writes: layer_names, weight_names, <layer>/<weight name>. */
function keras2Layout(root: InstanceType<typeof h5wasm.Group>): void {
  root.create_attribute('layer_names', ['conv1', 'bn', 'flatten'], [3], 'S7');
  root.create_attribute('backend', 'tensorflow');
  const conv = root.create_group('conv1');
  conv.create_attribute('weight_names', ['conv1/kernel:0', 'conv1/bias:0'], [2], 'S14');
  conv.create_group('conv1');
  conv.create_dataset({
    name: 'conv1/kernel:0',
    data: new Float32Array([1, 2, 3, 4, 5, 6]),
    shape: [1, 1, 2, 3],
    dtype: '<f',
  });
  conv.create_dataset({
    name: 'conv1/bias:0',
    data: new Float32Array([0.5, -0.5, 0]),
    shape: [3],
    dtype: '<f',
  });
  const bn = root.create_group('bn');
  bn.create_attribute('weight_names', ['bn/moving_mean:0', 'bn/count:0'], [2], 'S16');
  bn.create_group('bn');
  bn.create_dataset({ name: 'bn/moving_mean:0', data: new Float64Array([7, 8, 9]), shape: [3], dtype: '<d' });
  bn.create_dataset({ name: 'bn/count:0', data: new BigInt64Array([12n]), shape: [], dtype: '<q' });
  const flatten = root.create_group('flatten');
  flatten.create_attribute('weight_names', [], [0], 'S1');
}

describe('openKerasH5', () => {
  it('names weights as Keras saved them (save_weights layout) and reads their values', async () => {
    const reader = await openKerasH5(memoryByteSource('w.h5', makeH5(keras2Layout)));
    expect(reader.format).toBe('keras-h5');
    expect(reader.warnings).toEqual([]);
    expect(reader.variables.map((v) => [v.name, v.dtype, v.shape, v.bytes, v.fullName])).toEqual([
      ['conv1/kernel:0', 'float32', [1, 1, 2, 3], 24, 'conv1/conv1/kernel:0'],
      ['conv1/bias:0', 'float32', [3], 12, 'conv1/conv1/bias:0'],
      ['bn/moving_mean:0', 'float64', [3], 24, 'bn/bn/moving_mean:0'],
      ['bn/count:0', 'int64', [], 8, 'bn/bn/count:0'],
    ]);
    expect(Array.from((await reader.readTensor('conv1/kernel:0')).values as Float32Array)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(Array.from((await reader.readTensor('bn/moving_mean:0')).values as Float64Array)).toEqual([
      7, 8, 9,
    ]);
    expect(Array.from((await reader.readTensor('bn/count:0')).values as BigInt64Array)).toEqual([12n]);
    await expect(reader.readTensor('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    reader.close();
  });

  it('reads a full-model file (model_weights group) and skips optimizer state', async () => {
    const bytes = makeH5((f) => {
      keras2Layout(f.create_group('model_weights'));
      const opt = f.create_group('optimizer_weights');
      opt.create_dataset({ name: 'iter', data: new BigInt64Array([3n]), shape: [], dtype: '<q' });
    });
    const reader = await openKerasH5(memoryByteSource('model.h5', bytes));
    expect(reader.variables.map((v) => v.name)).toEqual([
      'conv1/kernel:0',
      'conv1/bias:0',
      'bn/moving_mean:0',
      'bn/count:0',
    ]);
    expect(Array.from((await reader.readTensor('conv1/bias:0')).values as Float32Array)).toEqual([
      0.5, -0.5, 0,
    ]);
    reader.close();
  });

  it('joins attributes Keras split into name0, name1… (large models)', async () => {
    const bytes = makeH5((f) => {
      keras2Layout(f);
      f.delete_attribute('layer_names');
      f.create_attribute('layer_names0', ['conv1', 'bn'], [2], 'S5');
      f.create_attribute('layer_names1', ['flatten'], [1], 'S7');
    });
    const reader = await openKerasH5(memoryByteSource('split.h5', bytes));
    expect(reader.variables.map((v) => v.name)).toEqual([
      'conv1/kernel:0',
      'conv1/bias:0',
      'bn/moving_mean:0',
      'bn/count:0',
    ]);
    reader.close();
  });

  it('falls back to dataset paths for other layouts (Keras 3 .weights.h5)', async () => {
    const bytes = makeH5((f) => {
      const vars = f.create_group('layers').create_group('dense').create_group('vars');
      vars.create_dataset({ name: '0', data: new Float32Array([1, 2]), shape: [2, 1], dtype: '<f' });
      vars.create_dataset({ name: '1', data: new Int32Array([4]), shape: [1], dtype: '<i' });
    });
    const reader = await openKerasH5(memoryByteSource('m.weights.h5', bytes));
    expect(reader.variables.map((v) => [v.name, v.dtype, v.shape])).toEqual([
      ['layers/dense/vars/0', 'float32', [2, 1]],
      ['layers/dense/vars/1', 'int32', [1]],
    ]);
    expect(Array.from((await reader.readTensor('layers/dense/vars/1')).values as Int32Array)).toEqual([4]);
    reader.close();
  });

  it('warns about a weight Keras lists but the file lacks, keeping the rest', async () => {
    const bytes = makeH5((f) => {
      keras2Layout(f);
      const conv = f.get('conv1') as InstanceType<typeof h5wasm.Group>;
      conv.delete_attribute('weight_names');
      conv.create_attribute('weight_names', ['conv1/kernel:0', 'conv1/gone:0'], [2], 'S14');
    });
    const reader = await openKerasH5(memoryByteSource('w.h5', bytes));
    expect(reader.variables.map((v) => v.name)).not.toContain('conv1/gone:0');
    expect(reader.variables).toHaveLength(3);
    expect(reader.warnings.map((w) => w.code)).toEqual(['BAD_FORMAT']);
    reader.close();
  });

  it('refuses non-HDF5 bytes, a truncated file and a file over the size limit with typed errors', async () => {
    const good = makeH5(keras2Layout);
    await expect(openKerasH5(memoryByteSource('x.h5', new Uint8Array(64).fill(7)))).rejects.toMatchObject({
      code: 'BAD_FORMAT',
    });
    await expect(openKerasH5(memoryByteSource('t.h5', good.subarray(0, 600)))).rejects.toMatchObject({
      code: 'BAD_FORMAT',
      problem: expect.stringMatching(/truncated file/),
    });
    await expect(openKerasH5(memoryByteSource('big.h5', good), { maxBytes: 1000 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  });
});

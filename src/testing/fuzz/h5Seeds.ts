// Node-only: small Keras-layout HDF5 files written with h5wasm, as seeds for the .h5 fuzzer.
import type { Seed } from './seeds';

export async function h5Seeds(): Promise<Seed[]> {
  const h5wasm = (await import('h5wasm')).default;
  const module = await h5wasm.ready;
  const fs = module.FS;
  if (!fs) return [];
  const path = '/fuzz-seed.h5';
  const f = new h5wasm.File(path, 'w');
  f.create_attribute('layer_names', ['dense', 'bn'], [2], 'S5');
  const dense = f.create_group('dense');
  dense.create_attribute('weight_names', ['dense/kernel:0', 'dense/bias:0'], [2], 'S14');
  dense.create_group('dense');
  dense.create_dataset({
    name: 'dense/kernel:0',
    data: Float32Array.of(1, 2, 3, 4),
    shape: [2, 2],
    dtype: '<f',
  });
  dense.create_dataset({ name: 'dense/bias:0', data: Float32Array.of(0.5, -0.5), shape: [2], dtype: '<f' });
  const bn = f.create_group('bn');
  bn.create_attribute('weight_names', ['bn/gamma:0'], [1], 'S10');
  bn.create_group('bn');
  bn.create_dataset({ name: 'bn/gamma:0', data: Float64Array.of(1, 1), shape: [2], dtype: '<d' });
  f.close();
  const bytes = new Uint8Array(fs.readFile(path) as Uint8Array);
  fs.unlink(path);
  return [[{ name: 'weights.h5', bytes }]];
}

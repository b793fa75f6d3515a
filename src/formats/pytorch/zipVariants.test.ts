import { describe, expect, it } from 'vitest';
import { torchDict, torchTensor, writeTorchZip } from '../../testing/torchWriter';
import { memoryByteSource } from '../bytes/readChecks';
import { bytesOfValues } from '../numpy/typedValues';
import { openPytorch } from './openPytorch';

describe('zip variants: torch ≥ 2 untyped storages, deflated members', () => {
  it('_rebuild_tensor_v3 over untyped (byte) storages: each tensor read with the dtype the call names', async () => {
    const f32 = new Float32Array([1.5, -2, 3.25, 0]);
    const i64 = new BigInt64Array([-(2n ** 40n), 7n]);
    const file = writeTorchZip(
      torchDict([
        ['w', torchTensor('float32', [2, 2], new Uint8Array(f32.buffer))],
        ['n', torchTensor('int64', [2], new Uint8Array(i64.buffer))],
      ]),
      'archive',
      { untyped: true },
    );
    const r = await openPytorch(memoryByteSource('v3.pth', file));
    expect(r.variables.map((v) => [v.name, v.dtype, v.shape, v.bytes])).toEqual([
      ['w', 'float32', [2, 2], 16],
      ['n', 'int64', [2], 16],
    ]);
    expect([...((await r.readTensor('w')).values as Float32Array)]).toEqual([...f32]);
    expect(bytesOfValues((await r.readTensor('n')).values as BigInt64Array)).toEqual(
      new Uint8Array(i64.buffer),
    );
  });

  it('reads data.pkl and storages from deflated members (an archive re-packed by a zip tool)', async () => {
    const values = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    const obj = torchDict([
      ['layer.weight', torchTensor('float32', [10, 100], new Uint8Array(values.buffer))],
    ]);
    const file = writeTorchZip(obj, 'archive', { deflate: true });
    expect(file.length).toBeLessThan(writeTorchZip(obj).length);
    const r = await openPytorch(memoryByteSource('deflated.pth', file));
    expect(r.format).toBe('pytorch-zip');
    expect([...((await r.readTensor('layer.weight')).values as Float32Array)]).toEqual([...values]);
  });
});

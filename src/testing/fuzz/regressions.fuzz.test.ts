import { describe, expect, it } from 'vitest';
import type { SlimscopeError } from '../../base/errors';
import { crc32cExtend, maskCrc } from '../../formats/bytes/crc32c';
import { memoryByteSource } from '../../formats/bytes/readChecks';
import { readBlock } from '../../formats/tensorflow/table/tableReader';
import { openNpy } from '../../formats/numpy/npyReader';
import { openNpz } from '../../formats/numpy/npzReader';
import { openCheckpoint } from '../../formats/open';
import type { BundleEntry } from '../../formats/tensorflow/bundleEntry';
import { encodeBundleEntry, encodeBundleHeader } from '../../formats/tensorflow/bundleEntryEncode';
import { encodeTensorNameSlice } from '../../formats/tensorflow/orderedCode';
import { TableWriter } from '../../formats/tensorflow/table/tableWriter';
import { concatBytes } from '../../formats/bytes/concatBytes';
import { encodeNpz } from '../../formats/numpy/npzWriter';

// Inputs the fuzzers found crashing (before the fixes named in each test), kept as plain tests.

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as SlimscopeError,
  );

/** A V2 checkpoint whose only tensor is partitioned with the given shape, dtype and one slice. */
async function partitioned(dtype: number, shape: number[], sliceShape: number[], data: Uint8Array) {
  const slice = shape.map(() => ({ start: 0, length: -1 }));
  const full: BundleEntry = { dtype, shape, shardId: 0, offset: 0, size: 0, crc32c: 0, slices: [slice] };
  const part: BundleEntry = { dtype, shape: sliceShape, shardId: 0, offset: 0, size: data.length, crc32c: 0 };
  const table = new TableWriter();
  table.add('', encodeBundleHeader({ numShards: 1, bigEndian: false }));
  const records: Array<[string, Uint8Array]> = [
    ['p', encodeBundleEntry(full)],
    [encodeTensorNameSlice('p', slice), encodeBundleEntry(part)],
  ];
  for (const [k, v] of records.sort(([a], [b]) => (a < b ? -1 : 1))) table.add(k, v);
  return openCheckpoint([
    memoryByteSource('r/ckpt.index', concatBytes(table.finish())),
    memoryByteSource('r/ckpt.data-00000-of-00001', data),
  ]);
}

describe('fuzz regressions', () => {
  it('a partitioned tensor with a negative dimension is a SHAPE_MISMATCH, not a RangeError (bundleReader.ts)', async () => {
    const reader = await partitioned(1, [-(2 ** 40), 4], [1, 4], new Uint8Array(16));
    const e = await rejection(reader.readTensor('p'));
    expect(e).toMatchObject({ name: 'SlimscopeError', code: 'SHAPE_MISMATCH', file: 'p' });
  });

  it('a partitioned string tensor claiming 2^31 elements allocates nothing (bundleReader.ts)', async () => {
    const reader = await partitioned(7, [2 ** 31], [2 ** 31], new Uint8Array(16));
    const e = await rejection(reader.readTensor('p'));
    expect(e).toMatchObject({
      code: 'SHAPE_MISMATCH',
      problem: expect.stringMatching(/slices hold only 16/),
    });
  });

  it('a deflated .npz member with a corrupt stream is a BAD_NUMPY warning, not INTERNAL (npzReader.ts)', async () => {
    const t = { name: 'w', dtype: 'float32' as const, shape: [64], values: new Float32Array(64) };
    const npz = await encodeNpz([{ name: 'w', tensor: () => Promise.resolve(t) }], { compress: true });
    const view = new DataView(npz.buffer);
    const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    npz[start] = 0xff; // an invalid deflate block type
    npz[start + 1] = 0xff;
    const reader = await openNpz(memoryByteSource('bad.npz', npz));
    expect(reader.variables).toEqual([]);
    expect(reader.warnings[0]).toMatchObject({ name: 'SlimscopeError', code: 'BAD_NUMPY', file: 'w.npy' });
    expect(reader.warnings[0]!.problem).toMatch(/does not inflate/);
  });

  it('an .npy header without a shape says it is missing, and fractional dimensions are refused (npyHeader.ts)', async () => {
    const npy = (dict: string) => {
      const header = `${dict}`.padEnd(118, ' ') + '\n';
      const out = new Uint8Array(10 + header.length + 8);
      out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
      out.set(new TextEncoder().encode(header), 10);
      return out;
    };
    const missing = await rejection(
      openNpy(memoryByteSource('a.npy', npy("{'descr': '<f4', 'fortran_order': False, }"))),
    );
    expect(missing).toMatchObject({ code: 'BAD_NUMPY', problem: expect.stringMatching(/shape \(missing\)/) });
    const half = await rejection(
      openNpy(memoryByteSource('b.npy', npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1.5,), }"))),
    );
    expect(half).toMatchObject({ code: 'BAD_NUMPY', file: 'b.npy' });
  });

  it('a Snappy block with a negative 32-bit literal length is BAD_SNAPPY at once, not an endless loop (tableReader.ts)', async () => {
    // Found by `npm run fuzz -- --seed 123`: snappyjs loops on this 16-byte block.
    const block = Uint8Array.from([0, 0, 0x6d, 0xfc, 0, 0, 0x97, 0xff, 0, 0, 0x9c, 2, 1, 0, 0xc0, 5]);
    const file = new Uint8Array(block.length + 5);
    file.set(block);
    file[block.length] = 1; // Snappy
    const crc = maskCrc(crc32cExtend(0, file, 0, block.length + 1));
    new DataView(file.buffer).setUint32(block.length + 1, crc, true);
    const e = await rejection(
      readBlock(memoryByteSource('x.index', file), { offset: 0, size: block.length }),
    );
    expect(e).toMatchObject({ name: 'SlimscopeError', code: 'BAD_SNAPPY', file: 'x.index' });
  });
});

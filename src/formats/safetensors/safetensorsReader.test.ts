import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../bytes/readChecks';
import { openSafetensors } from './safetensorsReader';

/** Hand-builds a .safetensors file: u64 LE header length, JSON header padded with spaces, data. */
function build(header: string, data: number[]): Uint8Array {
  const padded = header.padEnd(Math.ceil(header.length / 8) * 8, ' ');
  const out = new Uint8Array(8 + padded.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(padded.length), true);
  out.set(new TextEncoder().encode(padded), 8);
  out.set(data, 8 + padded.length);
  return out;
}

// 0..7: BF16 [2] = 1.5, -3 ; 8..11: F32 [1] = 0.25 ; 12..19: I64 [1] = -2 ; 20: BOOL [1] = true
const DATA = [
  0xc0, 0x3f, 0x40, 0xc0, 0, 0, 0, 0, 0, 0, 0x80, 0x3e, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1,
];
const HEADER = JSON.stringify({
  __metadata__: { format: 'pt' },
  'layer.0/kernel': { dtype: 'F32', shape: [1], data_offsets: [8, 12] },
  'emb/bf16': { dtype: 'BF16', shape: [2], data_offsets: [0, 4] },
  step: { dtype: 'I64', shape: [], data_offsets: [12, 20] },
  flag: { dtype: 'BOOL', shape: [1], data_offsets: [20, 21] },
});

describe('openSafetensors', () => {
  it('lists tensors in data order from the header alone and reads each by its offsets', async () => {
    const reader = await openSafetensors(memoryByteSource('m.safetensors', build(HEADER, DATA)));
    expect(reader.format).toBe('safetensors');
    expect(reader.metadata).toEqual({ format: 'pt' });
    expect(reader.variables.map((v) => [v.name, v.dtype, v.shape, v.bytes])).toEqual([
      ['emb/bf16', 'bfloat16', [2], 4],
      ['layer.0/kernel', 'float32', [1], 4],
      ['step', 'int64', [], 8],
      ['flag', 'bool', [1], 1],
    ]);
    expect(Array.from((await reader.readTensor('emb/bf16')).values as Uint16Array)).toEqual([0x3fc0, 0xc040]);
    expect(Array.from((await reader.readTensor('layer.0/kernel')).values as Float32Array)).toEqual([0.25]);
    expect(Array.from((await reader.readTensor('step')).values as BigInt64Array)).toEqual([-2n]);
    expect(Array.from((await reader.readTensor('flag')).values as Uint8Array)).toEqual([1]);
    await expect(reader.readTensor('missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads nothing of the data region when opening', async () => {
    const bytes = build(HEADER, DATA);
    const source = memoryByteSource('m.safetensors', bytes);
    const reads: Array<[number, number]> = [];
    const spy = { ...source, read: (o: number, l: number) => (reads.push([o, l]), source.read(o, l)) };
    await openSafetensors(spy);
    expect(Math.max(...reads.map(([o, l]) => o + l))).toBe(bytes.length - DATA.length);
  });

  it('keeps good tensors and warns about an entry whose header lies or has an unknown dtype', async () => {
    const header = JSON.stringify({
      good: { dtype: 'F32', shape: [1], data_offsets: [8, 12] },
      liar: { dtype: 'F32', shape: [3], data_offsets: [0, 4] },
      past: { dtype: 'U8', shape: [100], data_offsets: [0, 100] },
      fp8: { dtype: 'F8_E4M3', shape: [1], data_offsets: [0, 1] },
    });
    const reader = await openSafetensors(memoryByteSource('x.safetensors', build(header, DATA)));
    expect(reader.variables.map((v) => v.name)).toEqual(['good']);
    expect(reader.warnings.map((w) => [w.file, w.code])).toEqual([
      ['x.safetensors:liar', 'BAD_FORMAT'],
      ['x.safetensors:past', 'BAD_FORMAT'],
      ['x.safetensors:fp8', 'UNSUPPORTED'],
    ]);
  });

  it('refuses an absurd header length, junk JSON and short files with BAD_FORMAT', async () => {
    const absurd = build(HEADER, DATA);
    new DataView(absurd.buffer).setBigUint64(0, 2n ** 60n, true);
    for (const bytes of [absurd, build('{"a": [1,', []), new Uint8Array(3), build('[1, 2]', [])]) {
      await expect(openSafetensors(memoryByteSource('bad.safetensors', bytes))).rejects.toMatchObject({
        code: 'BAD_FORMAT',
      });
    }
  });
});

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import type { TensorData } from '../checkpoint';
import { memoryByteSource } from '../bytes/readChecks';
import { decodeNpy } from './npy';
import { openNpz } from './npzReader';
import { encodeNpz, type NpzMember } from './npzWriter';

// np.savez / np.savez_compressed (NumPy 2.4, ZIP64 records) of
// {'conv1/weights': arange(24, '<f4').reshape(2, 3, 4), 'scope/é': [b'x', b'yz'], 'big': arange(50, '>i4')}
const NUMPY_NPZ = {
  plain:
    'UEsDBC0AAAAAAAAAIQAUyX0Z//////////8RABQAY29udjEvd2VpZ2h0cy5ucHkBABAA4AAAAAAAAADgAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAzLCA0KSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAAAgD8AAABAAABAQAAAgEAAAKBAAADAQAAA4EAAAABBAAAQQQAAIEEAADBBAABAQQAAUEEAAGBBAABwQQAAgEEAAIhBAACQQQAAmEEAAKBBAACoQQAAsEEAALhBUEsDBC0AAAgAAAAAIQAUUE6x//////////8MABQAc2NvcGUvw6kubnB5AQAQAIQAAAAAAAAAhAAAAAAAAACTTlVNUFkBAHYAeydkZXNjcic6ICd8UzInLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgCngAeXpQSwMELQAAAAAAAAAhAEkEB8f//////////wcAFABiaWcubnB5AQAQAEgBAAAAAAAASAEAAAAAAACTTlVNUFkBAHYAeydkZXNjcic6ICc+aTQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoNTAsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgCgAAAAAAAAABAAAAAgAAAAMAAAAEAAAABQAAAAYAAAAHAAAACAAAAAkAAAAKAAAACwAAAAwAAAANAAAADgAAAA8AAAAQAAAAEQAAABIAAAATAAAAFAAAABUAAAAWAAAAFwAAABgAAAAZAAAAGgAAABsAAAAcAAAAHQAAAB4AAAAfAAAAIAAAACEAAAAiAAAAIwAAACQAAAAlAAAAJgAAACcAAAAoAAAAKQAAACoAAAArAAAALAAAAC0AAAAuAAAALwAAADAAAAAxUEsBAi0DLQAAAAAAAAAhABTJfRngAAAA4AAAABEAAAAAAAAAAAAAAIABAAAAAGNvbnYxL3dlaWdodHMubnB5UEsBAi0DLQAACAAAAAAhABRQTrGEAAAAhAAAAAwAAAAAAAAAAAAAAIABIwEAAHNjb3BlL8OpLm5weVBLAQItAy0AAAAAAAAAIQBJBAfHSAEAAEgBAAAHAAAAAAAAAAAAAACAAeUBAABiaWcubnB5UEsFBgAAAAADAAMArgAAAGYDAAAAAA==',
  compressed:
    'UEsDBC0AAAAIAAAAIQAUyX0Z//////////8RABQAY29udjEvd2VpZ2h0cy5ucHkBABAA4AAAAAAAAACHAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GkY6CsY6CiaaOgq1CuQBLgYwaLAHEg5ABMQNQLwAiA8A8QMgZnBkYBAAYgUgNgBiByAOAOIEIC4A4gYg7gDiCUA8A4gXAPEKIN4AxDscAVBLAwQtAAAICAAAACEAFFBOsf//////////DAAUAHNjb3BlL8OpLm5weQEAEACEAAAAAAAAAEgAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXhNspK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaRjqaOgq1ChQArgqGyioAUEsDBC0AAAAIAAAAIQBJBAfH//////////8HABQAYmlnLm5weQEAEABIAQAAAAAAAKIAAAAAAAAAncq5DgFRAIXhse/7vl/rtYwtoVEodUSjUMnEjJAIMiMa8RRe2C/ewEm+4pyc92qzXG9tykN5St2w9qacCTk/TaQq5OFq3k3tsruauvHdF9rZMtito3Yz6O3pSO2o4iX+j1/5xQY7HHDCBTc88MKH7zeAIEIII4IoYogjgSRSSCODLHLIo4AiSiijAoEqaqijgSZakGijgy56UNHHAEOMMP4AUEsBAi0DLQAAAAgAAAAhABTJfRmHAAAA4AAAABEAAAAAAAAAAAAAAIABAAAAAGNvbnYxL3dlaWdodHMubnB5UEsBAi0DLQAACAgAAAAhABRQTrFIAAAAhAAAAAwAAAAAAAAAAAAAAIABygAAAHNjb3BlL8OpLm5weVBLAQItAy0AAAAIAAAAIQBJBAfHogAAAEgBAAAHAAAAAAAAAAAAAACAAVABAABiaWcubnB5UEsFBgAAAAADAAMArgAAACsCAAAAAA==',
};

const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

async function rejectionCode(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return e instanceof SlimscopeError ? e.code : `not a SlimscopeError: ${String(e)}`;
  }
  return undefined;
}

describe.each(Object.entries(NUMPY_NPZ))('openNpz on a NumPy-written %s .npz', (_kind, data) => {
  it('lists every array with dtype and shape, then reads values on demand', async () => {
    const reader = await openNpz(memoryByteSource('w.npz', b64(data)));
    expect(reader.format).toBe('npz');
    expect(reader.warnings).toEqual([]);
    expect(reader.variables.map((v) => [v.name, v.dtype, v.shape, v.bytes])).toEqual([
      ['conv1/weights', 'float32', [2, 3, 4], 96],
      ['scope/é', 'string', [2], 4],
      ['big', 'int32', [50], 200],
    ]);
    const w = await reader.readTensor('conv1/weights');
    expect(Array.from(w.values as Float32Array)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    const big = await reader.readTensor('big');
    expect(Array.from(big.values as Int32Array)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const s = await reader.readTensor('scope/é');
    expect((s.values as Uint8Array[]).map((v) => new TextDecoder().decode(v))).toEqual(['x', 'yz']);
    expect(await rejectionCode(reader.readTensor('nope'))).toBe('NOT_FOUND');
  });
});

describe('openNpz on damaged files', () => {
  it('reports a CRC mismatch by tensor and keeps the other arrays readable', async () => {
    const bytes = b64(NUMPY_NPZ.plain);
    const at = bytes.findIndex((_, i) => i > 200 && bytes[i] === 0x40 && bytes[i - 1] === 0x80); // inside conv1/weights
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const reader = await openNpz(memoryByteSource('bad.npz', bytes));
    expect(await rejectionCode(reader.readTensor('conv1/weights'))).toBe('BAD_CRC');
    expect((await reader.readTensor('big')).shape).toEqual([50]);
  });

  it('gives BAD_FORMAT for a truncated file or a non-zip', async () => {
    const bytes = b64(NUMPY_NPZ.compressed);
    expect(
      await rejectionCode(openNpz(memoryByteSource('t.npz', bytes.subarray(0, bytes.length - 30)))),
    ).toBe('BAD_FORMAT');
    expect(await rejectionCode(openNpz(memoryByteSource('z.npz', new Uint8Array(100))))).toBe('BAD_FORMAT');
  });

  it('refuses a member whose sizes claim more than its compressed bytes can hold', async () => {
    const bytes = b64(NUMPY_NPZ.compressed);
    const view = new DataView(bytes.buffer);
    // Every central-directory record (PK\x01\x02) now claims 2 GB uncompressed.
    for (let p = 0; p + 28 <= bytes.length; p++) {
      if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 2 ** 31, true);
    }
    const reader = await openNpz(memoryByteSource('z.npz', bytes));
    expect(reader.variables).toEqual([]);
    expect(reader.warnings.map((w) => w.code)).toEqual(['BAD_NUMPY', 'BAD_NUMPY', 'BAD_NUMPY']);
    expect(reader.warnings[0]?.problem).toMatch(/claims 2147483648 bytes/);
  });

  it('turns a member whose header lies into a warning, keeping the rest', async () => {
    const bytes = b64(NUMPY_NPZ.plain);
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf("'shape': (50,)");
    bytes.set(new TextEncoder().encode("'shape': (60,)"), at);
    const reader = await openNpz(memoryByteSource('lie.npz', bytes));
    expect(reader.variables.map((v) => v.name)).toEqual(['conv1/weights', 'scope/é']);
    expect(reader.warnings.map((w) => w.code)).toEqual(['BAD_NUMPY']);
    expect(reader.warnings[0]?.file).toBe('big.npy');
  });
});

describe('encodeNpz', () => {
  const tensors: TensorData[] = [
    {
      name: 'cell_0/conv/weights',
      dtype: 'float32',
      shape: [3, 2],
      values: new Float32Array([1, 2, 3, 4, 5, 6]),
    },
    { name: 'global_step', dtype: 'int64', shape: [], values: new BigInt64Array([42n]) },
    {
      name: 'label/名',
      dtype: 'string',
      shape: [2],
      values: [new Uint8Array([65]), new Uint8Array([66, 67])],
    },
  ];
  const members: NpzMember[] = tensors.map((t) => ({ name: t.name, tensor: () => Promise.resolve(t) }));

  it.each([false, true])(
    'writes a zip another reader opens (compress=%s) and reads back',
    async (compress) => {
      const bytes = await encodeNpz(members, { compress });
      const files = unzipSync(bytes);
      expect(Object.keys(files)).toEqual(tensors.map((t) => `${t.name}.npy`));
      const first = decodeNpy(files['cell_0/conv/weights.npy'] as Uint8Array, 'x.npy');
      expect(Array.from(first.values as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
      const reader = await openNpz(memoryByteSource('out.npz', bytes));
      expect(reader.variables.map((v) => v.name)).toEqual(tensors.map((t) => t.name));
      expect(Array.from((await reader.readTensor('global_step')).values as BigInt64Array)).toEqual([42n]);
      expect(reader.variables.map((v) => v.role)).toEqual(['weight', 'bookkeeping', 'weight']);
    },
  );

  it.each([false, true])(
    'reads its own ZIP64 records (every size and offset in ZIP64 fields, compress=%s)',
    async (compress) => {
      const bytes = await encodeNpz(members, { compress, zip64: 'always' });
      const view = new DataView(bytes.buffer);
      const eocd = bytes.length - 22;
      expect(view.getUint32(eocd, true)).toBe(0x06054b50);
      expect(view.getUint32(eocd + 16, true)).toBe(0xffffffff); // directory offset only in the ZIP64 record
      expect(view.getUint32(eocd - 20, true)).toBe(0x07064b50); // ZIP64 locator
      const reader = await openNpz(memoryByteSource('z64.npz', bytes));
      expect(reader.warnings).toEqual([]);
      expect(reader.variables.map((v) => v.name)).toEqual(tensors.map((t) => t.name));
      expect(Array.from((await reader.readTensor('cell_0/conv/weights')).values as Float32Array)).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
    },
  );

  it('refuses two arrays with the same name', async () => {
    const twice = [members[0], members[0]] as NpzMember[];
    expect(await rejectionCode(encodeNpz(twice))).toBe('BAD_MAPPING');
  });
});

import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import type { TensorData } from '../checkpoint';
import { memoryByteSource } from '../bytes/readChecks';
import { decodeNpy, encodeNpy } from './npy';
import { openNpy } from './npyReader';

// Files written by NumPy 2.4 (np.lib.format.write_array), base64: independent of our encoder.
const NUMPY_WRITTEN = {
  // np.arange(6, dtype='<f4').reshape(2, 3) / 4
  f32: 'k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAACAPgAAAD8AAEA/AACAPwAAoD8=',
  // np.asfortranarray(np.arange(24.).reshape(2, 3, 4) - 5)
  f64Fortran:
    'k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMywgNCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAUwAAAAAAAABxAAAAAAAAA8L8AAAAAAAAmQAAAAAAAAAhAAAAAAAAALkAAAAAAAAAQwAAAAAAAACBAAAAAAAAAAAAAAAAAAAAoQAAAAAAAABBAAAAAAAAAMEAAAAAAAAAIwAAAAAAAACJAAAAAAAAA8D8AAAAAAAAqQAAAAAAAABRAAAAAAAAAMUAAAAAAAAAAwAAAAAAAACRAAAAAAAAAAEAAAAAAAAAsQAAAAAAAABhAAAAAAAAAMkA=',
  // np.array([-1, 2**40, 3], '<i8'), version (2, 0)
  i64v2:
    'k05VTVBZAgB0AAAAeydkZXNjcic6ICc8aTgnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMywpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAr//////////wAAAAAAAQAAAwAAAAAAAAA=',
  // np.array([['héllo', 'a'], ['', 'zz']]) ('<U5'), version (3, 0)
  unicodeV3:
    'k05VTVBZAwB0AAAAeydkZXNjcic6ICc8VTUnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIApoAAAA6QAAAGwAAABsAAAAbwAAAGEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB6AAAAegAAAAAAAAAAAAAAAAAAAA==',
  // np.array([b'ab', b'c\x00d', b''])
  bytesS3:
    'k05VTVBZAQB2AHsnZGVzY3InOiAnfFMzJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAphYgBjAGQAAAA=',
  // np.array([1+2j, 3-4j], '>c8')
  c8BigEndian:
    'k05VTVBZAQB2AHsnZGVzY3InOiAnPmM4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAo/gAAAQAAAAEBAAADAgAAA',
  // np.array(7, '<i2') (a 0-d array)
  scalarI2:
    'k05VTVBZAQB2AHsnZGVzY3InOiAnPGkyJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoHAA==',
  // np.array([1, 'a'], dtype=object), first bytes of the pickle
  objectArray:
    'k05VTVBZAQB2AHsnZGVzY3InOiAnfE8nLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAqABJWQAAAAAAAAAIwWbnVtcHkuX2Nv',
};

const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));
const text = (values: unknown): string[] => (values as Uint8Array[]).map((v) => new TextDecoder().decode(v));

/** Builds an .npy file by hand: version-1 preamble, the header text as given, then the data. */
function handBuilt(header: string, data: Uint8Array): Uint8Array {
  const h = new TextEncoder().encode(header);
  const out = new Uint8Array(10 + h.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, h.length & 0xff, h.length >> 8]);
  out.set(h, 10);
  out.set(data, 10 + h.length);
  return out;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof SlimscopeError ? e.code : `not a SlimscopeError: ${String(e)}`;
  }
  return undefined;
}

describe('decodeNpy on files NumPy wrote', () => {
  it('reads float32 C order, name from the file name', () => {
    const t = decodeNpy(b64(NUMPY_WRITTEN.f32), 'dir/conv1_weights.npy');
    expect(t.name).toBe('conv1_weights');
    expect(t.dtype).toBe('float32');
    expect(t.shape).toEqual([2, 3]);
    expect(Array.from(t.values as Float32Array)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25]);
  });

  it('reads Fortran order into C order', () => {
    const t = decodeNpy(b64(NUMPY_WRITTEN.f64Fortran), 'f.npy');
    expect(t.shape).toEqual([2, 3, 4]);
    expect(Array.from(t.values as Float64Array)).toEqual(Array.from({ length: 24 }, (_, i) => i - 5));
  });

  it('reads version 2.0 int64 and version 3.0 unicode', () => {
    const i = decodeNpy(b64(NUMPY_WRITTEN.i64v2), 'i.npy');
    expect(Array.from(i.values as BigInt64Array)).toEqual([-1n, 2n ** 40n, 3n]);
    const u = decodeNpy(b64(NUMPY_WRITTEN.unicodeV3), 'u.npy');
    expect(u.dtype).toBe('string');
    expect(text(u.values)).toEqual(['héllo', 'a', '', 'zz']);
  });

  it('reads byte strings, big-endian complex and 0-d arrays', () => {
    expect(text(decodeNpy(b64(NUMPY_WRITTEN.bytesS3), 's.npy').values)).toEqual(['ab', 'c\u0000d', '']);
    const c = decodeNpy(b64(NUMPY_WRITTEN.c8BigEndian), 'c.npy');
    expect(c.dtype).toBe('complex64');
    expect(Array.from(c.values as Float32Array)).toEqual([1, 2, 3, -4]);
    const s = decodeNpy(b64(NUMPY_WRITTEN.scalarI2), 's.npy');
    expect(s.shape).toEqual([]);
    expect(Array.from(s.values as Int16Array)).toEqual([7]);
  });
});

describe('decodeNpy on hand-built files', () => {
  it('reads big-endian Fortran-ordered int32 (a 2x3 matrix stored column by column)', () => {
    const data = new Uint8Array(24);
    const view = new DataView(data.buffer);
    [1, 4, 2, 5, 3, 6].forEach((v, i) => view.setInt32(i * 4, v, false));
    const t = decodeNpy(
      handBuilt("{'descr': '>i4', 'fortran_order': True, 'shape': (2, 3), }\n", data),
      'x.npy',
    );
    expect(Array.from(t.values as Int32Array)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('accepts Python 2 long shapes and double-quoted keys', () => {
    const t = decodeNpy(
      handBuilt('{"descr": "|u1", "fortran_order": False, "shape": (2L,)}\n', new Uint8Array([7, 9])),
      'x.npy',
    );
    expect(Array.from(t.values as Uint8Array)).toEqual([7, 9]);
  });

  it('gives BAD_NUMPY for object arrays, truncated data, header lies and junk', () => {
    const f4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }\n";
    expect(codeOf(() => decodeNpy(b64(NUMPY_WRITTEN.objectArray), 'o.npy'))).toBe('BAD_NUMPY');
    expect(codeOf(() => decodeNpy(handBuilt(f4, new Uint8Array(12)), 't.npy'))).toBe('BAD_NUMPY');
    expect(codeOf(() => decodeNpy(handBuilt(f4, new Uint8Array(20)), 'l.npy'))).toBe('BAD_NUMPY');
    expect(codeOf(() => decodeNpy(new Uint8Array([1, 2, 3]), 'j.npy'))).toBe('BAD_NUMPY');
    expect(codeOf(() => decodeNpy(b64(NUMPY_WRITTEN.f32).subarray(0, 40), 'h.npy'))).toBe('BAD_NUMPY');
    const absurd = "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999, 99999999, 9999), }\n";
    expect(codeOf(() => decodeNpy(handBuilt(absurd, new Uint8Array(8)), 'a.npy'))).toBe('BAD_NUMPY');
    const noOrder = "{'descr': '<f4', 'shape': (1,), }\n";
    expect(codeOf(() => decodeNpy(handBuilt(noOrder, new Uint8Array(4)), 'n.npy'))).toBe('BAD_NUMPY');
    const structured = "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }\n";
    expect(codeOf(() => decodeNpy(handBuilt(structured, new Uint8Array(4)), 's.npy'))).toBe('BAD_NUMPY');
    const evil = "{'descr': __import__('os'), 'fortran_order': False, 'shape': (1,), }\n";
    expect(codeOf(() => decodeNpy(handBuilt(evil, new Uint8Array(4)), 'e.npy'))).toBe('BAD_NUMPY');
  });
});

describe('encodeNpy', () => {
  const t: TensorData = {
    name: 'w',
    dtype: 'float32',
    shape: [2, 3],
    values: new Float32Array([0, 0.25, 0.5, 0.75, 1, 1.25]),
  };

  it('writes exactly the bytes NumPy writes', () => {
    expect(Buffer.from(encodeNpy(t)).toString('base64')).toBe(NUMPY_WRITTEN.f32);
    const i64: TensorData = {
      name: 'i',
      dtype: 'int64',
      shape: [3],
      values: new BigInt64Array([-1n, 2n ** 40n, 3n]),
    };
    expect(Buffer.from(encodeNpy(i64, { version: 2 })).toString('base64')).toBe(NUMPY_WRITTEN.i64v2);
    const s: TensorData = {
      name: 's',
      dtype: 'string',
      shape: [3],
      values: ['ab', 'c\u0000d', ''].map((x) => new TextEncoder().encode(x)),
    };
    expect(Buffer.from(encodeNpy(s)).toString('base64')).toBe(NUMPY_WRITTEN.bytesS3);
  });

  it('round-trips every layout option and 64-byte-aligned headers', () => {
    for (const version of [1, 2, 3] as const) {
      for (const bigEndian of [false, true]) {
        for (const fortranOrder of [false, true]) {
          const bytes = encodeNpy(t, { version, bigEndian, fortranOrder });
          expect(bytes[6]).toBe(version);
          expect((bytes.length - 24) % 64).toBe(0);
          const back = decodeNpy(bytes, 'w.npy');
          expect(back.shape).toEqual([2, 3]);
          expect(Array.from(back.values as Float32Array)).toEqual(Array.from(t.values as Float32Array));
        }
      }
    }
  });

  it('writes bfloat16 as exact float32 by default, raw <u2 bits on request', () => {
    const bf: TensorData = {
      name: 'b',
      dtype: 'bfloat16',
      shape: [2],
      values: new Uint16Array([0x3fc0, 0xc040]),
    };
    const asF32 = decodeNpy(encodeNpy(bf), 'b.npy');
    expect(asF32.dtype).toBe('float32');
    expect(Array.from(asF32.values as Float32Array)).toEqual([1.5, -3]);
    const asBits = decodeNpy(encodeNpy(bf, { bfloat16: 'uint16' }), 'b.npy');
    expect(asBits.dtype).toBe('uint16');
    expect(Array.from(asBits.values as Uint16Array)).toEqual([0x3fc0, 0xc040]);
  });

  it('refuses a tensor whose values do not fill its shape', () => {
    expect(codeOf(() => encodeNpy({ ...t, shape: [4, 3] }))).toBe('SHAPE_MISMATCH');
  });
});

describe('openNpy (a single .npy as a weight source)', () => {
  it('lists one variable from the header and reads it lazily', async () => {
    const reader = await openNpy(memoryByteSource('logits_bias.npy', b64(NUMPY_WRITTEN.f64Fortran)));
    expect(reader.variables.map((v) => [v.name, v.dtype, v.shape, v.bytes])).toEqual([
      ['logits_bias', 'float64', [2, 3, 4], 192],
    ]);
    const t = await reader.readTensor('logits_bias');
    expect((t.values as Float64Array)[1]).toBe(-4);
  });

  it('refuses a truncated file at open time', async () => {
    const bytes = b64(NUMPY_WRITTEN.f32);
    await expect(
      openNpy(memoryByteSource('x.npy', bytes.subarray(0, bytes.length - 1))),
    ).rejects.toMatchObject({ code: 'BAD_NUMPY' });
  });
});

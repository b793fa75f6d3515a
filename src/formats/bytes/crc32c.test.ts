import { describe, expect, it } from 'vitest';
import { crc32c, crc32cExtend, crc32cExtendJs, crc32cImplementation, maskCrc, unmaskCrc } from './crc32c';
import { BUFFER_BYTES, crc32cWasmBytes } from './crc32cWasm';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('crc32c', () => {
  it('matches the published CRC-32C check values (RFC 3720 B.4)', () => {
    expect(crc32c(ascii('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
  });

  it('extends incrementally to the same value at any split point', () => {
    const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xff);
    const whole = crc32c(data);
    for (const cut of [0, 1, 7, 8, 9, 500, 999, 1000]) {
      expect(crc32cExtend(crc32cExtend(0, data.subarray(0, cut)), data.subarray(cut))).toBe(whole);
    }
  });

  it('word-sliced path equals a bitwise reference at every alignment and length', () => {
    const ref = (d: Uint8Array) => {
      let c = ~0;
      for (const b of d) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      }
      return ~c >>> 0;
    };
    const data = Uint8Array.from({ length: 600 }, (_, i) => (i * 2654435761) >>> 24);
    for (const start of [0, 1, 2, 3, 5]) {
      for (const len of [0, 63, 64, 65, 131, 257, 590]) {
        const part = data.subarray(start, start + len);
        expect(crc32c(part)).toBe(ref(part));
      }
    }
  });

  it('masks and unmasks (rotate right 15, add 0xa282ead8)', () => {
    for (const c of [0, 1, 0xe3069283, 0xffffffff, 0x80000000]) {
      const rot = ((c >>> 15) | (c << 17)) >>> 0;
      expect(maskCrc(c)).toBe((rot + 0xa282ead8) % 2 ** 32);
      expect(unmaskCrc(maskCrc(c))).toBe(c);
    }
  });
});

describe('crc32c WebAssembly kernel', () => {
  it('is used in Node and equals the JS loop at every alignment, length and buffer boundary', () => {
    expect(crc32cImplementation()).toBe('wasm-simd');
    const data = Uint8Array.from({ length: BUFFER_BYTES * 2 + 4099 }, (_, i) => (i * 2654435761) >>> 24);
    for (const start of [0, 1, 3, 7]) {
      for (const len of [
        1024,
        1025,
        1039,
        4096 + 13,
        BUFFER_BYTES - 1,
        BUFFER_BYTES + 17,
        BUFFER_BYTES * 2 + 5,
      ]) {
        expect(crc32cExtend(0x1234567, data, start, start + len)).toBe(
          crc32cExtendJs(0x1234567, data, start, start + len),
        );
      }
    }
  });

  it('finds a single flipped bit anywhere in a long buffer', () => {
    const data = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) & 0xff);
    const good = crc32c(data);
    for (const at of [0, 15, 16, 4096, 150_001, 299_999]) {
      data[at]! ^= 0x10;
      expect(crc32c(data)).not.toBe(good);
      data[at]! ^= 0x10;
    }
    expect(crc32c(data)).toBe(good);
  });
});

describe('crc32c WebAssembly modules', () => {
  it('stay under the 4 KiB a page may compile synchronously on its main thread', () => {
    expect(crc32cWasmBytes(true).length).toBeLessThan(4096);
    expect(crc32cWasmBytes(false).length).toBeLessThan(4096);
  });
});

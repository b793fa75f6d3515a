import { describe, expect, it } from 'vitest';
import { crc32c, crc32cExtend, maskCrc, unmaskCrc } from './crc32c';

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

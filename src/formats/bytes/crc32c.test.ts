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

  it('masks and unmasks (rotate right 15, add 0xa282ead8)', () => {
    for (const c of [0, 1, 0xe3069283, 0xffffffff, 0x80000000]) {
      const rot = ((c >>> 15) | (c << 17)) >>> 0;
      expect(maskCrc(c)).toBe((rot + 0xa282ead8) % 2 ** 32);
      expect(unmaskCrc(maskCrc(c))).toBe(c);
    }
  });
});

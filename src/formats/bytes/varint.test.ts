import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlimscopeError } from '../../base/errors';
import { ByteCursor, pushVarint } from './varint';

describe('varints', () => {
  it('round-trips every non-negative safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const out: number[] = [];
        pushVarint(out, n);
        const cur = new ByteCursor(Uint8Array.from(out));
        expect(cur.varint64()).toBe(n);
        expect(cur.done).toBe(true);
      }),
    );
  });

  it('decodes a 10-byte two-complement -1 (proto int64) as -1', () => {
    const bytes = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01);
    expect(new ByteCursor(bytes).varint64()).toBe(-1);
  });

  it('throws a typed error on a truncated varint', () => {
    try {
      new ByteCursor(Uint8Array.of(0x80, 0x80), 0, 2, 'x.index').varint32();
      expect.unreachable();
    } catch (e) {
      expect(isSlimscopeError(e) && e.file).toBe('x.index');
    }
  });
});

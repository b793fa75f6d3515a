// The one import point for the generated protobufjs code, plus int64 normalisation: protobufjs
// returns Long objects where the `long` package resolves (Node) and numbers elsewhere (browser).
import { tensorflow } from './generated.js';

export { tensorflow };

interface LongLike {
  low: number;
  high: number;
  unsigned: boolean;
}

/** int64 field → number (exact below 2^53, which covers every real size, offset and dimension). */
export function int64ToNumber(v: number | LongLike | null | undefined): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  const lo = v.low >>> 0;
  return v.unsigned ? (v.high >>> 0) * 0x100000000 + lo : v.high * 0x100000000 + lo;
}

/** int64 field → bigint, exact for the whole 64-bit range. */
export function int64ToBigInt(v: number | LongLike | null | undefined, unsigned = false): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(v);
  const lo = BigInt(v.low >>> 0);
  const hi = unsigned || v.unsigned ? BigInt(v.high >>> 0) : BigInt(v.high | 0);
  return (hi << 32n) | lo;
}

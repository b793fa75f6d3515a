// CRC-32C over 16 segments at once with WebAssembly SIMD. Each of the 16 byte lanes runs the
// byte-at-a-time CRC of its own segment; the 256-entry table lookup is split into two 16-entry
// nibble lookups (the CRC table is linear: T[a ^ b] = T[a] ^ T[b]) done with i8x16.swizzle, once
// per byte of the 32-bit register (4 byte planes). Blocks of 16 bytes from the 16 segments are
// transposed so that each step feeds one byte to every lane. The 16 segment CRCs are then joined
// with the CRC's zero-shift operator (as zlib's crc32_combine does).
import { get, i32, op, set, simd, type WasmFunction } from './wasmEncoding';

export const SEGMENTS = 16;
/** Memory offsets: the 8 nibble tables and the 0x0f mask, then the 16 lane results. */
export const NIBBLE_TABLES_AT = 16 << 10;
export const LANE_RESULTS_AT = NIBBLE_TABLES_AT + 9 * 16;
/** The 16 transposed vectors of one block, fed to the step loop. */
const COLUMNS_AT = LANE_RESULTS_AT + 64;

// Locals: params p, len (bytes per segment, a multiple of 16); i32 t, q, k, o1..o15; v128 after.
const [P, LEN, T, Q, K] = [0, 1, 2, 3, 4];
const O = (j: number) => 4 + j; // o_j = j · len, j ≥ 1
const V = 20; // first v128 local
const BANK = (b: number, i: number) => V + 16 * b + i;
const [P0, TL, TH, MASK, X, LO, HI, W] = [V + 32, V + 36, V + 40, V + 44, V + 45, V + 46, V + 47, V + 48];
const V128_LOCALS = 49;

const UNPACK_LO = Array.from({ length: 16 }, (_, i) => (i & 1 ? 16 : 0) + (i >> 1));
const UNPACK_HI = UNPACK_LO.map((l) => l + 8);

/** One byte of every lane's CRC: x = P0 ^ w; each plane m takes P[m+1] ^ T_m[lo] ^ T_m[hi]. */
function step(w: number): number[] {
  const planes = [0, 1, 2, 3].flatMap((m) => [
    ...get(TL + m), ...get(LO), ...simd.swizzle,
    ...get(TH + m), ...get(HI), ...simd.swizzle, ...simd.xor,
    ...(m < 3 ? [...get(P0 + m + 1), ...simd.xor] : []),
    ...set(P0 + m),
  ]); // prettier-ignore
  return [
    ...get(P0), ...get(w), ...simd.xor, ...set(X),
    ...get(X), ...get(MASK), ...simd.and, ...set(LO),
    ...get(X), ...i32(4), ...simd.i16x8ShrU, ...get(MASK), ...simd.and, ...set(HI),
    ...planes,
  ]; // prettier-ignore
}

/** Bank `from` rows → bank `to`: interleave rows i and i + 8 (four rounds transpose 16×16 bytes). */
function interleaveRound(from: number, to: number): number[] {
  return Array.from({ length: 8 }, (_, i) => [
    ...get(BANK(from, i)), ...get(BANK(from, i + 8)), ...simd.shuffle(UNPACK_LO), ...set(BANK(to, 2 * i)),
    ...get(BANK(from, i)), ...get(BANK(from, i + 8)), ...simd.shuffle(UNPACK_HI), ...set(BANK(to, 2 * i + 1)),
  ]).flat(); // prettier-ignore
}

/** `lanes(p, len)`: raw CRC registers (start 0) of the 16 segments p + j·len, stored as 16 × u32 planes. */
export function lanesFunction(): WasmFunction {
  const body = [
    ...Array.from({ length: 15 }, (_, j) => [...get(LEN), ...i32(j + 1), op.i32Mul, ...set(O(j + 1))]).flat(),
    ...Array.from({ length: 8 }, (_, m) => [...i32(0), ...simd.load(NIBBLE_TABLES_AT + 16 * m), ...set(TL + m)]).flat(),
    ...i32(0), ...simd.load(NIBBLE_TABLES_AT + 128), ...set(MASK),
    ...[0, 1, 2, 3].flatMap((m) => [...simd.zero, ...set(P0 + m)]),
    op.block, op.empty, op.loop, op.empty,
    ...get(T), ...get(LEN), op.i32GeU, op.brIf, 1,
    ...get(P), ...get(T), op.i32Add, ...set(Q),
    ...get(Q), ...simd.load(), ...set(BANK(0, 0)),
    ...Array.from({ length: 15 }, (_, j) => [...get(Q), ...get(O(j + 1)), op.i32Add, ...simd.load(), ...set(BANK(0, j + 1))]).flat(),
    ...interleaveRound(0, 1), ...interleaveRound(1, 0), ...interleaveRound(0, 1), ...interleaveRound(1, 0),
    // One step per column (a loop, not unrolled, keeps the module under 4 KiB: pages may compile
    // modules up to that size synchronously on their main thread).
    ...Array.from({ length: 16 }, (_, k) => [...i32(0), ...get(BANK(0, k)), ...simd.store(COLUMNS_AT + 16 * k)]).flat(),
    ...i32(0), ...set(K),
    op.loop, op.empty,
    ...get(K), ...simd.load(COLUMNS_AT), ...set(W),
    ...step(W),
    ...get(K), ...i32(16), op.i32Add, ...set(K),
    ...get(K), ...i32(256), op.i32LtU, op.brIf, 0,
    op.end,
    ...get(T), ...i32(16), op.i32Add, ...set(T),
    op.br, 0, op.end, op.end,
    ...[0, 1, 2, 3].flatMap((m) => [...i32(0), ...get(P0 + m), ...simd.store(LANE_RESULTS_AT + 16 * m)]),
    op.end,
  ]; // prettier-ignore
  return {
    params: [0x7f, 0x7f],
    results: [],
    locals: [
      [18, 0x7f],
      [V128_LOCALS, 0x7b],
    ],
    body,
    exportName: 'lanes',
  };
}

/** The 8 nibble tables (byte m of T[v] and of T[v << 4], v < 16) and the 0x0f mask, 144 bytes. */
export function nibbleTables(t0: Int32Array): Uint8Array {
  const out = new Uint8Array(9 * 16);
  for (let m = 0; m < 4; m++) {
    for (let v = 0; v < 16; v++) {
      out[16 * m + v] = (t0[v]! >>> (8 * m)) & 0xff;
      out[64 + 16 * m + v] = (t0[v << 4]! >>> (8 * m)) & 0xff;
    }
  }
  out.fill(0x0f, 128);
  return out;
}

/** 32×32 GF(2) matrices as 32 column words: column i is the image of bit i. */
type Gf2Matrix = Int32Array;

function times(m: Gf2Matrix, v: number): number {
  let out = 0;
  for (let i = 0; v !== 0; i++, v >>>= 1) if (v & 1) out ^= m[i]!;
  return out;
}

const compose = (a: Gf2Matrix, b: Gf2Matrix): Gf2Matrix => b.map((col) => times(a, col));

/** Builds `shift(register)`: the raw register after `len` zero bytes (cached per length). */
export function zeroShifter(t0: Int32Array): (register: number, len: number) => number {
  const oneByte: Gf2Matrix = Int32Array.from({ length: 32 }, (_, i) => {
    const r = 1 << i;
    return (r >>> 8) ^ t0[r & 0xff]!;
  });
  const cache = new Map<number, Gf2Matrix>();
  const operator = (len: number): Gf2Matrix => {
    let result: Gf2Matrix | undefined;
    let power = oneByte;
    for (let n = len; n > 0; n >>>= 1) {
      if (n & 1) result = result ? compose(power, result) : power;
      if (n > 1) power = compose(power, power);
    }
    return result ?? Int32Array.from({ length: 32 }, (_, i) => 1 << i);
  };
  return (register, len) => {
    let m = cache.get(len);
    if (!m) cache.set(len, (m = operator(len)));
    return times(m, register) >>> 0;
  };
}

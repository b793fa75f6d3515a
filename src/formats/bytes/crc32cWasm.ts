// CRC-32C as tiny WebAssembly modules, assembled here from their instructions so no toolchain or
// binary file is needed: `crc`, slicing-by-16 like crc32c.ts (no typed-array bounds checks, tables
// read at constant offsets), and where SIMD is available `lanes` (crc32cLanes.ts), which checksums
// 16 segments at once and is several times faster again on long inputs.
// Memory: 16 tables × 256 × i32 at [0, 16 KiB), nibble tables and lane results after them, the
// caller's bytes are copied to BUFFER_AT.
import {
  LANE_RESULTS_AT,
  lanesFunction,
  NIBBLE_TABLES_AT,
  nibbleTables,
  SEGMENTS,
  zeroShifter,
} from './crc32cLanes';
import { assembleModule, get, i32, load32, op, set, type WasmFunction } from './wasmEncoding';

/** Where the bytes to checksum are copied; BUFFER_BYTES may be copied per call. */
export const BUFFER_AT = 64 << 10;
export const BUFFER_BYTES = 256 << 10;
const PAGES = (BUFFER_AT + BUFFER_BYTES) >> 16;
/** Inputs shorter than this go through `crc` only (the lane set-up and combine cost more). */
const LANES_MIN_BYTES = 4096;

// Locals: params c, p, n; then end16, end, and the first word of a 16-byte step.
const [C, P, N, END16, STOP, A] = [0, 1, 2, 3, 4, 5];

/** Table `table`'s entry for byte `k` (0 = lowest) of the word in local `w`. */
function lookup(w: number, k: number, table: number): number[] {
  const index = k === 0 ? [...get(w), ...i32(2), op.i32Shl] : [...get(w), ...i32(8 * k - 2), op.i32ShrU];
  return [...index, ...i32(1020), op.i32And, ...load32(table * 1024)];
}

/** Table `table`'s entry for byte `at` of the data (bytes not mixed with the running CRC). */
function lookupByte(at: number, table: number): number[] {
  return [...get(P), op.i32Load8U, 0, at, ...i32(2), op.i32Shl, ...load32(table * 1024)];
}

function crcFunction(): WasmFunction {
  // Only the first word is mixed with the CRC; the other 12 bytes index their tables directly.
  // They are XORed first so only the last few XORs wait for the previous CRC (XORing in order
  // would put 15 XORs on the loop-carried dependency).
  const first = [0, 1, 2, 3].map((k) => lookup(A, k, 15 - k));
  const rest = Array.from({ length: 12 }, (_, i) => lookupByte(4 + i, 11 - i));
  const restXor = rest.flatMap((l, i) => (i === 0 ? l : [...l, op.i32Xor]));
  const [f0, f1, f2, f3] = first as [number[], number[], number[], number[]];
  const xorAll = [...restXor, ...f0, ...f1, op.i32Xor, ...f2, ...f3, op.i32Xor, op.i32Xor, op.i32Xor];
  const body = [
    ...get(C), ...i32(-1), op.i32Xor, ...set(C),
    ...get(P), ...get(N), op.i32Add, ...set(STOP),
    ...get(P), ...get(N), ...i32(-16), op.i32And, op.i32Add, ...set(END16),
    op.block, op.empty, op.loop, op.empty,
    ...get(P), ...get(END16), op.i32GeU, op.brIf, 1,
    ...get(C), ...get(P), ...load32(0), op.i32Xor, ...set(A),
    ...xorAll, ...set(C),
    ...get(P), ...i32(16), op.i32Add, ...set(P),
    op.br, 0, op.end, op.end,
    // The tail, one byte at a time: c = (c >>> 8) ^ T0[(c ^ byte) & 255].
    op.block, op.empty, op.loop, op.empty,
    ...get(P), ...get(STOP), op.i32GeU, op.brIf, 1,
    ...get(C), ...i32(8), op.i32ShrU,
    ...get(C), ...get(P), op.i32Load8U, 0, 0, op.i32Xor, ...i32(255), op.i32And, ...i32(2), op.i32Shl, ...load32(0),
    op.i32Xor, ...set(C),
    ...get(P), ...i32(1), op.i32Add, ...set(P),
    op.br, 0, op.end, op.end,
    ...get(C), ...i32(-1), op.i32Xor,
    op.end,
  ]; // prettier-ignore
  return { params: [0x7f, 0x7f, 0x7f], results: [0x7f], locals: [[3, 0x7f]], body, exportName: 'crc' };
}

/** The module's bytes: `crc(c, ptr, len) -> c'`, with `simd` also `lanes(ptr, len)`; and `memory`. */
export function crc32cWasmBytes(withSimd: boolean): Uint8Array {
  return assembleModule(withSimd ? [crcFunction(), lanesFunction()] : [crcFunction()], PAGES);
}

export interface Crc32cKernel {
  /** Which module runs: with SIMD lanes or the scalar loop only. */
  readonly kind: 'wasm-simd' | 'wasm';
  /** Continues a CRC over `data[start, end)` exactly like crc32cExtend. */
  extend(crc: number, data: Uint8Array, start: number, end: number): number;
}

interface Exports {
  crc: (c: number, p: number, n: number) => number;
  lanes?: (p: number, len: number) => void;
  memory: WebAssembly.Memory;
}

function instantiate(withSimd: boolean): Exports | undefined {
  try {
    const module = new WebAssembly.Module(crc32cWasmBytes(withSimd) as Uint8Array<ArrayBuffer>);
    return new WebAssembly.Instance(module).exports as unknown as Exports;
  } catch {
    return undefined;
  }
}

/**
 * Compiles a module synchronously (each is a few KiB, under the 4 KiB a page's main thread may
 * compile synchronously) and fills its tables; the scalar module where SIMD is missing; undefined
 * where WebAssembly is missing or refused (a CSP without 'wasm-unsafe-eval'), so callers keep JS.
 */
export function instantiateCrc32cWasm(tables: Int32Array): Crc32cKernel | undefined {
  const exports = instantiate(true) ?? instantiate(false);
  if (!exports) return undefined;
  const { crc, lanes, memory } = exports;
  new Int32Array(memory.buffer, 0, tables.length).set(tables);
  new Uint8Array(memory.buffer).set(nibbleTables(tables.subarray(0, 256)), NIBBLE_TABLES_AT);
  const heap = new Uint8Array(memory.buffer);
  const results = new Uint8Array(memory.buffer, LANE_RESULTS_AT, 64);
  const shift = zeroShifter(tables.subarray(0, 256));

  /** Runs the 16 lanes over the first 16·len bytes at BUFFER_AT and joins them onto crc `c`. */
  const viaLanes = (c: number, len: number): number => {
    lanes!(BUFFER_AT, len);
    let register = ~c >>> 0;
    for (let j = 0; j < SEGMENTS; j++) {
      const lane =
        results[j]! | (results[16 + j]! << 8) | (results[32 + j]! << 16) | (results[48 + j]! << 24);
      register = shift(register, len) ^ lane;
    }
    return ~register >>> 0;
  };

  return {
    kind: lanes ? 'wasm-simd' : 'wasm',
    extend(c, data, start, end) {
      for (let at = start; at < end; at += BUFFER_BYTES) {
        const n = Math.min(end, at + BUFFER_BYTES) - at;
        heap.set(data.subarray(at, at + n), BUFFER_AT);
        let done = 0;
        if (lanes && n >= LANES_MIN_BYTES) {
          const len = Math.floor(n / (16 * SEGMENTS)) * 16;
          c = viaLanes(c, len);
          done = len * SEGMENTS;
        }
        c = crc(c, BUFFER_AT + done, n - done);
      }
      return c >>> 0;
    },
  };
}

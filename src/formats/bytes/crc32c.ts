// CRC-32C (Castagnoli), the checksum of LevelDB tables and TF tensor bundles (lib/hash/crc32c.h).
// Slicing-by-16 over 32-bit word loads: one table lookup per byte but 16 bytes per iteration,
// about twice as fast as slicing-by-8 on bytes (tensor reads verify every byte). Long inputs go
// through the same algorithm compiled to WebAssembly (crc32cWasm.ts), about twice as fast again;
// the JS loop stays for short inputs and wherever WebAssembly is unavailable.
import { instantiateCrc32cWasm } from './crc32cWasm';

const POLY = 0x82f63b78;
/** 16 tables of 256 entries, table k at offset 256·k. */
const T = buildTables();
const LITTLE_ENDIAN = new Uint16Array(Uint8Array.of(1, 0).buffer)[0] === 1;
/** Below this many bytes the call into WebAssembly (and the copy) costs more than it saves. */
const WASM_MIN_BYTES = 1024;
let wasmKernel: ReturnType<typeof instantiateCrc32cWasm> | null = null;

/** The WebAssembly kernel, built on first use (undefined when WebAssembly is unavailable). */
function wasm() {
  if (wasmKernel === null) wasmKernel = instantiateCrc32cWasm(T);
  return wasmKernel;
}

/** Which implementation long inputs use here (JS only where WebAssembly is missing or refused). */
export function crc32cImplementation(): 'wasm-simd' | 'wasm' | 'js' {
  return wasm()?.kind ?? 'js';
}

function buildTables(): Int32Array {
  const t = new Int32Array(16 * 256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t[i] = c;
  }
  for (let k = 1; k < 16; k++) {
    for (let i = 0; i < 256; i++) {
      const prev = t[(k - 1) * 256 + i]!;
      t[k * 256 + i] = (prev >>> 8) ^ t[prev & 0xff]!;
    }
  }
  return t;
}

function bytewise(c: number, data: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; i++) c = (c >>> 8) ^ T[(c ^ data[i]!) & 0xff]!;
  return c;
}

/** Continues a CRC-32C over `data[start, end)` (start with 0; the result feeds the next call). */
export function crc32cExtend(crc: number, data: Uint8Array, start = 0, end = data.length): number {
  if (end - start >= WASM_MIN_BYTES) {
    const kernel = wasm();
    if (kernel) return kernel.extend(crc, data, start, end);
  }
  return crc32cExtendJs(crc, data, start, end);
}

/** The JS slicing-by-16 loop (also the reference the WebAssembly kernel is tested against). */
export function crc32cExtendJs(crc: number, data: Uint8Array, start = 0, end = data.length): number {
  let c = ~crc;
  if (!LITTLE_ENDIAN || end - start < 64) return ~bytewise(c, data, start, end) >>> 0;
  const head = start + ((4 - ((data.byteOffset + start) & 3)) & 3);
  c = bytewise(c, data, start, head);
  const words = ((end - head) >>> 4) << 2;
  const w = new Int32Array(data.buffer, data.byteOffset + head, words);
  for (let j = 0; j < words; j += 4) {
    const a = c ^ w[j]!;
    const b = w[j + 1]!;
    const d = w[j + 2]!;
    const e = w[j + 3]!;
    c =
      T[3840 + (a & 0xff)]! ^
      T[3584 + ((a >>> 8) & 0xff)]! ^
      T[3328 + ((a >>> 16) & 0xff)]! ^
      T[3072 + (a >>> 24)]! ^
      T[2816 + (b & 0xff)]! ^
      T[2560 + ((b >>> 8) & 0xff)]! ^
      T[2304 + ((b >>> 16) & 0xff)]! ^
      T[2048 + (b >>> 24)]! ^
      T[1792 + (d & 0xff)]! ^
      T[1536 + ((d >>> 8) & 0xff)]! ^
      T[1280 + ((d >>> 16) & 0xff)]! ^
      T[1024 + (d >>> 24)]! ^
      T[768 + (e & 0xff)]! ^
      T[512 + ((e >>> 8) & 0xff)]! ^
      T[256 + ((e >>> 16) & 0xff)]! ^
      T[e >>> 24]!;
  }
  return ~bytewise(c, data, head + words * 4, end) >>> 0;
}

export function crc32c(data: Uint8Array): number {
  return crc32cExtend(0, data);
}

const MASK_DELTA = 0xa282ead8;

/** LevelDB/TF store masked CRCs (rotate right 15, add a constant) so CRCs of CRCs stay strong. */
export function maskCrc(crc: number): number {
  return (((crc >>> 15) | (crc << 17)) + MASK_DELTA) >>> 0;
}

export function unmaskCrc(masked: number): number {
  const rot = (masked - MASK_DELTA) >>> 0;
  return ((rot >>> 17) | (rot << 15)) >>> 0;
}

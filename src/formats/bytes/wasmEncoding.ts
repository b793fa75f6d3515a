// The few pieces of the WebAssembly binary format (core spec §5, SIMD proposal) that the CRC32C
// kernels are assembled from: opcodes, LEB128 numbers, sections and vectors.

export const op = {
  block: 0x02,
  loop: 0x03,
  empty: 0x40,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  localGet: 0x20,
  localSet: 0x21,
  i32Load: 0x28,
  i32Load8U: 0x2d,
  i32Const: 0x41,
  i32GeU: 0x4f,
  i32LtU: 0x49,
  i32Add: 0x6a,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Xor: 0x73,
  i32Shl: 0x74,
  i32ShrU: 0x76,
  i32Eqz: 0x45,
  i32Sub: 0x6b,
  localTee: 0x22,
} as const;

/** Bulk memory: copy n bytes from src to dst (operands dst, src, n) within memory 0. */
export const memoryCopy = [0xfc, 0x0a, 0x00, 0x00] as const;

export const type = { i32: 0x7f, v128: 0x7b, func: 0x60 } as const;

/** SIMD instructions: the 0xfd prefix and the LEB128 sub-opcode. */
const SIMD = 0xfd;
export const simd = {
  load: (offset = 0) => [SIMD, 0x00, 4, ...uleb(offset)],
  store: (offset = 0) => [SIMD, 0x0b, 4, ...uleb(offset)],
  shuffle: (lanes: readonly number[]) => [SIMD, 0x0d, ...lanes],
  zero: [SIMD, 0x0c, ...new Array<number>(16).fill(0)],
  swizzle: [SIMD, 0x0e],
  and: [SIMD, 0x4e],
  xor: [SIMD, 0x51],
  i16x8ShrU: [SIMD, 0x8d, 0x01],
} as const;

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

export const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
export const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
export const name = (s: string) => vec([...s].map((ch) => [ch.charCodeAt(0)]));

export const get = (i: number) => [op.localGet, ...uleb(i)];
export const set = (i: number) => [op.localSet, ...uleb(i)];
export const i32 = (v: number) => [op.i32Const, ...sleb(v)];
/** i32.load with 4-byte alignment hint at a constant offset from the address on the stack. */
export const load32 = (offset: number) => [op.i32Load, 2, ...uleb(offset)];

export interface WasmFunction {
  params: number[];
  results: number[];
  /** Extra locals as [count, type] groups. */
  locals: [number, number][];
  body: number[];
  exportName: string;
}

/** A module of `functions` with one exported memory of `pages` 64 KiB pages. */
export function assembleModule(functions: readonly WasmFunction[], pages: number): Uint8Array {
  return assemble(functions, {
    memory: section(5, vec([[0x00, ...uleb(pages)]])),
    memoryExport: [[...name('memory'), 0x02, 0]],
  });
}

/**
 * A module of `functions` on a memory it imports as `env.memory` (another module's, e.g. a
 * WASM library's heap; `shared` as that memory is, which an import must match).
 */
export function assembleModuleOnImportedMemory(
  functions: readonly WasmFunction[],
  shared: boolean,
): Uint8Array {
  // Limits: shared memories must state a maximum; 65536 pages is the 32-bit maximum.
  const limits = shared ? [0x03, 0, ...uleb(65536)] : [0x00, 0];
  return assemble(functions, {
    imports: section(2, vec([[...name('env'), ...name('memory'), 0x02, ...limits]])),
    memoryExport: [],
  });
}

function assemble(
  functions: readonly WasmFunction[],
  parts: { imports?: number[]; memory?: number[]; memoryExport: number[][] },
): Uint8Array {
  const types = functions.map((f) => [
    type.func,
    ...vec(f.params.map((t) => [t])),
    ...vec(f.results.map((t) => [t])),
  ]);
  const bodies = functions.map((f) => {
    const body = [...vec(f.locals.map(([n, t]) => [...uleb(n), t])), ...f.body];
    return [...uleb(body.length), ...body];
  });
  const exports = functions.map((f, i) => [...name(f.exportName), 0x00, i]);
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...(parts.imports ?? []),
    ...section(3, vec(functions.map((_, i) => [i]))),
    ...(parts.memory ?? []),
    ...section(7, vec([...exports, ...parts.memoryExport])),
    ...section(10, vec(bodies)),
  ]);
}

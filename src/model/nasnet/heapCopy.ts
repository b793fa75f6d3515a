import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import {
  assembleModuleOnImportedMemory,
  get,
  i32,
  memoryCopy,
  op,
  set,
  type,
  type WasmFunction,
} from '../../formats/bytes/wasmEncoding';

/** Copies `rows` rows of `bytes` bytes, each `srcStride` apart at `src` to `dstStride` apart at `dst`. */
export type RowCopier = (
  dst: number,
  dstStride: number,
  src: number,
  srcStride: number,
  bytes: number,
  rows: number,
) => void;

const [DST, DST_STRIDE, SRC, SRC_STRIDE, BYTES, ROWS] = [0, 1, 2, 3, 4, 5];

// One memory.copy per row in a WebAssembly loop: a channel concat of NHWC maps copies one short
// row (11–176 floats) per pixel and input, and a JS call per row (copyWithin) costs several
// times the copy itself.
const copyRows: WasmFunction = {
  params: new Array<number>(6).fill(type.i32),
  results: [],
  locals: [],
  exportName: 'copyRows',
  // prettier-ignore
  body: [
    op.block, op.empty,
    ...get(ROWS), op.i32Eqz, op.brIf, 0,
    op.loop, op.empty,
    ...get(DST), ...get(SRC), ...get(BYTES), ...memoryCopy,
    ...get(DST), ...get(DST_STRIDE), op.i32Add, ...set(DST),
    ...get(SRC), ...get(SRC_STRIDE), op.i32Add, ...set(SRC),
    ...get(ROWS), ...i32(1), op.i32Sub, op.localTee, ROWS, op.brIf, 0,
    op.end, op.end, op.end,
  ],
};

const copiers = new WeakMap<WebAssembly.Memory, RowCopier>();

/** TF.js WASM's memory: exported by the single-threaded module, created by the threaded one. */
function heapMemory(backend: BackendWasm): WebAssembly.Memory | null {
  const module = backend.wasm as unknown as { wasmMemory?: unknown; asm?: { memory?: unknown } };
  const memory = module.wasmMemory ?? module.asm?.memory;
  return memory instanceof WebAssembly.Memory ? memory : null;
}

/**
 * A row copier working on TF.js WASM's heap (byte addresses), or null where that heap's memory
 * is not reachable or WebAssembly cannot be compiled here (callers copy in JS instead).
 */
export function heapRowCopier(backend: BackendWasm): RowCopier | null {
  const memory = heapMemory(backend);
  if (!memory) return null;
  let copier = copiers.get(memory);
  if (!copier) {
    try {
      const shared = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
      const bytes = assembleModuleOnImportedMemory([copyRows], shared) as Uint8Array<ArrayBuffer>;
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
      copier = instance.exports.copyRows as RowCopier;
    } catch {
      return null;
    }
    copiers.set(memory, copier);
  }
  return copier;
}

import type { Random } from './random';

/** One way of damaging a file; returns the damaged copy (the input is never changed). */
export interface Mutator {
  name: string;
  apply(bytes: Uint8Array, rng: Random): Uint8Array;
}

/** Values that break length and size fields: sign bits, 32-bit limits, beyond 2^53, 2^64-1. */
const HUGE_VALUES = [
  0x7fffffffn,
  0x80000000n,
  0xffffffffn,
  2n ** 35n,
  2n ** 53n - 1n,
  2n ** 63n,
  2n ** 64n - 1n,
];

/** Positions are biased to the start and the end of a file, where headers and footers live. */
function position(len: number, rng: Random): number {
  if (len === 0) return 0;
  const r = rng.next();
  if (r < 0.3) return rng.int(Math.min(len, 64));
  if (r < 0.6) return Math.max(0, len - 1 - rng.int(Math.min(len, 96)));
  return rng.int(len);
}

function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function overwrite(bytes: Uint8Array, at: number, patch: readonly number[]): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i < patch.length && at + i < out.length; i++) out[at + i] = patch[i]!;
  return out;
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

export const flipBits: Mutator = {
  name: 'flip-bits',
  apply(bytes, rng) {
    const out = bytes.slice();
    const n = rng.range(1, 8);
    for (let i = 0; i < n && out.length > 0; i++) out[position(out.length, rng)]! ^= 1 << rng.int(8);
    return out;
  },
};

export const setBytes: Mutator = {
  name: 'set-bytes',
  apply(bytes, rng) {
    const out = bytes.slice();
    const n = rng.range(1, 4);
    for (let i = 0; i < n && out.length > 0; i++) {
      out[position(out.length, rng)] = rng.pick([0x00, 0xff, 0x7f, 0x80, rng.int(256)]);
    }
    return out;
  },
};

export const truncate: Mutator = {
  name: 'truncate',
  apply(bytes, rng) {
    const cut = rng.chance(0.5) ? rng.int(bytes.length + 1) : Math.max(0, bytes.length - rng.range(1, 64));
    return bytes.slice(0, cut);
  },
};

export const extend: Mutator = {
  name: 'extend',
  apply(bytes, rng) {
    const extra = rng.chance(0.5) ? new Uint8Array(rng.range(1, 4096)) : rng.bytes(rng.range(1, 512));
    return splice(bytes, bytes.length, 0, extra);
  },
};

/** A varint or a fixed-width little-endian integer somewhere set to a huge value. */
export const hugeLength: Mutator = {
  name: 'huge-length',
  apply(bytes, rng) {
    const value = rng.pick(HUGE_VALUES);
    const at = position(bytes.length, rng);
    if (rng.chance(0.6)) return overwrite(bytes, at, varint(value));
    const width = rng.pick([2, 4, 8]);
    const le: number[] = [];
    for (let i = 0; i < width; i++) le.push(Number((value >> BigInt(8 * i)) & 0xffn));
    return overwrite(bytes, at, le);
  },
};

/** A block of the file copied and inserted elsewhere (shifts everything after it). */
export const duplicateBlock: Mutator = {
  name: 'duplicate-block',
  apply(bytes, rng) {
    if (bytes.length === 0) return bytes;
    const from = rng.int(bytes.length);
    const len = Math.min(bytes.length - from, rng.range(1, 1024));
    const block = bytes.slice(from, from + len);
    return splice(bytes, rng.int(bytes.length + 1), 0, block);
  },
};

/** A block of the file copied over another place (keeps the size: offsets stay valid). */
export const copyOver: Mutator = {
  name: 'copy-over',
  apply(bytes, rng) {
    if (bytes.length < 2) return bytes;
    const from = rng.int(bytes.length);
    const len = Math.min(bytes.length - from, rng.range(1, 256));
    return overwrite(bytes, position(bytes.length, rng), Array.from(bytes.subarray(from, from + len)));
  },
};

export const deleteBlock: Mutator = {
  name: 'delete-block',
  apply(bytes, rng) {
    if (bytes.length === 0) return bytes;
    const at = rng.int(bytes.length);
    return splice(bytes, at, Math.min(bytes.length - at, rng.range(1, 512)), new Uint8Array(0));
  },
};

export const randomBytes: Mutator = {
  name: 'random-file',
  apply(bytes, rng) {
    return rng.bytes(rng.chance(0.5) ? rng.int(64) : rng.int(Math.max(1, bytes.length)));
  },
};

export const BYTE_MUTATORS: readonly Mutator[] = [
  flipBits,
  setBytes,
  truncate,
  extend,
  hugeLength,
  duplicateBlock,
  copyOver,
  deleteBlock,
  randomBytes,
];

/** Applies 1–3 random mutators; returns the damaged bytes and what was done. */
export function mutateBytes(bytes: Uint8Array, rng: Random): { bytes: Uint8Array; steps: string[] } {
  let out = bytes;
  const steps: string[] = [];
  const n = rng.chance(0.7) ? 1 : rng.range(2, 3);
  for (let i = 0; i < n; i++) {
    // Random replacement only rarely: it teaches little beyond "not this format".
    const m = rng.chance(0.03) ? randomBytes : rng.pick(BYTE_MUTATORS.slice(0, -1));
    out = m.apply(out, rng);
    steps.push(m.name);
  }
  return { bytes: out, steps };
}

/**
 * Writes an `.npz` as a stream of chunks, one member at a time: only the current tensor (and its
 * encoded/deflated copy) is in memory. ZIP64 records are added only when sizes or offsets need them.
 * Spec: PKWARE APPNOTE.TXT §4.3; member layout as numpy.savez writes it (`<name>.npy`).
 */
import { deflateSync } from 'fflate';
import { SlimscopeError } from '../../base/errors';
import type { CancelSignal, ProgressCallback } from '../../base/progress';
import type { TensorData } from '../checkpoint';
import { crc32 } from './crc32';
import { encodeNpy, type EncodeNpyOptions } from './npy';
import { assertNotCancelled } from '../../base/cancel';
import { concatBytes } from '../bytes/concatBytes';

export interface NpzMember {
  /** The key (np.load(...)[key]); `.npy` is appended for the member file name. */
  name: string;
  tensor: () => Promise<TensorData>;
}

export interface NpzWriteOptions {
  compress?: boolean;
  npy?: EncodeNpyOptions;
  signal?: CancelSignal;
  onProgress?: ProgressCallback;
  /** ZIP64 records only where sizes need them (default), or always (for readers' tests). */
  zip64?: 'auto' | 'always';
}

const U32_MAX = 0xffffffff;
const DOS_DATE_1980 = 0x21; // 1980-01-01, as numpy/zipfile write for reproducible files

interface Written {
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  offset: number;
}

function zip64Extra(values: number[]): Uint8Array {
  if (values.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(4 + 8 * values.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 1, true);
  view.setUint16(2, 8 * values.length, true);
  values.forEach((v, i) => view.setBigUint64(4 + 8 * i, BigInt(v), true));
  return out;
}

/** Sizes and offsets at or above `wide` go to ZIP64 fields (U32_MAX normally; 0 forces ZIP64). */
const sat = (v: number, wide: number): number => (v >= wide ? U32_MAX : v);

function commonFields(view: DataView, at: number, m: Written, zip64: boolean, wide: number): void {
  view.setUint16(at, zip64 ? 45 : 20, true); // version needed
  view.setUint16(at + 2, m.nameBytes.some((b) => b > 0x7f) ? 0x800 : 0, true); // UTF-8 names
  view.setUint16(at + 4, m.method, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, DOS_DATE_1980, true);
  view.setUint32(at + 10, m.crc, true);
  view.setUint32(at + 14, sat(m.compressedSize, wide), true);
  view.setUint32(at + 18, sat(m.uncompressedSize, wide), true);
  view.setUint16(at + 22, m.nameBytes.length, true);
}

function localHeader(m: Written, wide: number): Uint8Array {
  const big = m.compressedSize >= wide || m.uncompressedSize >= wide;
  const extra = zip64Extra(big ? [m.uncompressedSize, m.compressedSize] : []);
  const out = new Uint8Array(30 + m.nameBytes.length + extra.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x04034b50, true);
  commonFields(view, 4, m, big, wide);
  view.setUint16(28, extra.length, true);
  out.set(m.nameBytes, 30);
  out.set(extra, 30 + m.nameBytes.length);
  return out;
}

function centralHeader(m: Written, wide: number): Uint8Array {
  const extra = zip64Extra([m.uncompressedSize, m.compressedSize, m.offset].filter((v) => v >= wide));
  const out = new Uint8Array(46 + m.nameBytes.length + extra.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, (3 << 8) | 45, true); // made by: Unix, spec 4.5
  commonFields(view, 6, m, extra.length > 0, wide);
  view.setUint16(30, extra.length, true);
  view.setUint32(38, (0o100644 << 16) >>> 0, true); // regular file, rw-r--r--
  view.setUint32(42, sat(m.offset, wide), true);
  out.set(m.nameBytes, 46);
  out.set(extra, 46 + m.nameBytes.length);
  return out;
}

function endRecords(count: number, dirOffset: number, dirSize: number, wide: number): Uint8Array {
  const zip64 = count >= Math.min(wide, 0xffff) || dirOffset >= wide || dirSize >= wide;
  const out = new Uint8Array((zip64 ? 56 + 20 : 0) + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  if (zip64) {
    view.setUint32(0, 0x06064b50, true);
    view.setBigUint64(4, 44n, true);
    view.setUint16(12, (3 << 8) | 45, true);
    view.setUint16(14, 45, true);
    view.setBigUint64(24, BigInt(count), true);
    view.setBigUint64(32, BigInt(count), true);
    view.setBigUint64(40, BigInt(dirSize), true);
    view.setBigUint64(48, BigInt(dirOffset), true);
    view.setUint32(56, 0x07064b50, true);
    view.setBigUint64(64, BigInt(dirOffset + dirSize), true);
    view.setUint32(72, 1, true);
    at = 76;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, zip64 ? 0xffff : count, true);
  view.setUint16(at + 10, zip64 ? 0xffff : count, true);
  view.setUint32(at + 12, sat(dirSize, wide), true);
  view.setUint32(at + 16, sat(dirOffset, wide), true);
  return out;
}

function checkNames(members: readonly NpzMember[]): void {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.name) || m.name === '') {
      throw new SlimscopeError({
        code: 'BAD_MAPPING',
        file: m.name,
        problem: m.name ? `Two arrays would both be saved as ${m.name}.npy.` : 'An array has an empty name.',
        hint: 'Give every exported array its own non-empty name.',
      });
    }
    seen.add(m.name);
  }
}

/** Yields the bytes of an .npz holding `members`, in order; each tensor is produced on demand. */
export async function* npzChunks(
  members: readonly NpzMember[],
  options: NpzWriteOptions = {},
): AsyncGenerator<Uint8Array> {
  checkNames(members);
  const wide = options.zip64 === 'always' ? 0 : U32_MAX;
  const written: Written[] = [];
  let offset = 0;
  for (const [i, member] of members.entries()) {
    assertNotCancelled(options.signal, 'The .npz export');
    const npy = encodeNpy(await member.tensor(), options.npy);
    const body = options.compress ? deflateSync(npy, { level: 6 }) : npy;
    const m: Written = {
      nameBytes: new TextEncoder().encode(`${member.name}.npy`),
      method: options.compress ? 8 : 0,
      crc: crc32(npy),
      compressedSize: body.length,
      uncompressedSize: npy.length,
      offset,
    };
    const head = localHeader(m, wide);
    yield head;
    yield body;
    offset += head.length + body.length;
    written.push(m);
    options.onProgress?.({ phase: 'npz', done: i + 1, total: members.length });
  }
  const central = written.map((m) => centralHeader(m, wide));
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  for (const c of central) yield c;
  yield endRecords(written.length, offset, dirSize, wide);
}

/** Collects an .npz in memory (small exports and tests; large ones should consume `npzChunks`). */
export async function encodeNpz(
  members: readonly NpzMember[],
  options: NpzWriteOptions = {},
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of npzChunks(members, options)) parts.push(part);
  return concatBytes(parts);
}

import { ByteCursor } from '../bytes/varint';
import { int64ToNumber, tensorflow } from './proto';

/** One extent of a slice: `length` -1 means the whole dimension. */
export interface SliceExtent {
  start: number;
  length: number;
}

/** A decoded BundleEntryProto with plain numbers (tensor_bundle.proto). */
export interface BundleEntry {
  dtype: number;
  shape: number[];
  shardId: number;
  offset: number;
  size: number;
  /** The masked CRC32C as stored. */
  crc32c: number;
  /** Set for a partitioned tensor: the slices whose entries hold the data. */
  slices?: SliceExtent[][];
}

/**
 * Hand-rolled BundleEntryProto decoder: an index can hold hundreds of thousands of entries and the
 * generic protobufjs path allocates several objects per entry. Tested equal to protobufjs.
 */
export function decodeBundleEntry(bytes: Uint8Array, file: string): BundleEntry {
  return decodeBundleEntryAt(bytes, 0, bytes.length, file);
}

const shared = new ByteCursor(new Uint8Array(0));

/** Decodes the entry at `buf[start, end)` (no view or cursor allocated per entry). */
export function decodeBundleEntryAt(buf: Uint8Array, start: number, end: number, file: string): BundleEntry {
  const fast = decodeCommonEntry(buf, start, end);
  if (fast) return fast;
  const cur = shared.reset(buf, start, end, file);
  const entry: BundleEntry = { dtype: 0, shape: [], shardId: 0, offset: 0, size: 0, crc32c: 0 };
  while (cur.pos < cur.end) {
    const tag = cur.varint32();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && wire === 0) entry.dtype = cur.varint32();
    else if (field === 2 && wire === 2) entry.shape = decodeShape(cur, cur.varint32());
    else if (field === 3 && wire === 0) entry.shardId = cur.varint64();
    else if (field === 4 && wire === 0) entry.offset = cur.varint64();
    else if (field === 5 && wire === 0) entry.size = cur.varint64();
    else if (field === 6 && wire === 5) entry.crc32c = cur.fixed32();
    else if (field === 7 && wire === 2) (entry.slices ??= []).push(decodeSlice(cur, cur.varint32()));
    else cur.skip(wire);
  }
  return entry;
}

let vpos = 0;

/** Varint of at most 7 bytes (< 2^49) at `p`; sets `vpos` after it, or -1 when out of range. */
function varintAt(b: Uint8Array, p: number, end: number): number {
  let result = 0;
  let mul = 1;
  for (let i = 0; i < 7 && p < end; i++) {
    const byte = b[p++]!;
    result += (byte & 0x7f) * mul;
    if (byte < 0x80) {
      vpos = p;
      return result;
    }
    mul *= 128;
  }
  vpos = -1;
  return 0;
}

/**
 * Fast path for the entries TF writes for plain tensors (fields 1–6 in order, small positive
 * numbers, no slices); returns undefined for anything else, which the general decoder handles.
 */
function decodeCommonEntry(b: Uint8Array, p: number, end: number): BundleEntry | undefined {
  let dtype = 0;
  let shardId = 0;
  let offset = 0;
  let size = 0;
  let crc32c = 0;
  let shape: number[] | undefined;
  while (p < end) {
    const tag = b[p++]!;
    if (tag === 0x08 || tag === 0x18 || tag === 0x20 || tag === 0x28) {
      const v = varintAt(b, p, end);
      if (vpos < 0) return undefined;
      p = vpos;
      if (tag === 0x08) dtype = v;
      else if (tag === 0x18) shardId = v;
      else if (tag === 0x20) offset = v;
      else size = v;
    } else if (tag === 0x12) {
      const len = varintAt(b, p, end);
      if (vpos < 0 || vpos + len > end) return undefined;
      p = vpos;
      shape = shapeAt(b, p, p + len);
      if (!shape) return undefined;
      p += len;
    } else if (tag === 0x35 && p + 4 <= end) {
      crc32c = (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
      p += 4;
    } else return undefined;
  }
  return { dtype, shape: shape ?? [], shardId, offset, size, crc32c };
}

/** TensorShapeProto whose dims carry only non-negative sizes; undefined otherwise. */
function shapeAt(b: Uint8Array, p: number, end: number): number[] | undefined {
  const dims: number[] = [];
  while (p < end) {
    if (b[p++] !== 0x12) return undefined;
    const len = b[p++]!;
    if (len >= 0x80 || p + len > end) return undefined;
    const dimEnd = p + len;
    let size = 0;
    if (len > 0) {
      if (b[p++] !== 0x08) return undefined;
      size = varintAt(b, p, dimEnd);
      if (vpos !== dimEnd) return undefined;
    }
    dims.push(size);
    p = dimEnd;
  }
  return dims;
}

function decodeShape(cur: ByteCursor, length: number): number[] {
  const end = cur.pos + length;
  if (end > cur.end) cur.fail('A tensor shape runs past the end of its entry.');
  const dims: number[] = [];
  while (cur.pos < end) {
    const tag = cur.varint32();
    if (tag === 0x12) dims.push(decodeDim(cur, cur.varint32()));
    else cur.skip(tag & 7);
  }
  return dims;
}

function decodeDim(cur: ByteCursor, length: number): number {
  const end = cur.pos + length;
  if (end > cur.end) cur.fail('A tensor dimension runs past the end of its entry.');
  let size = 0;
  while (cur.pos < end) {
    const tag = cur.varint32();
    if (tag === 0x08) size = cur.varint64();
    else cur.skip(tag & 7);
  }
  return size;
}

function decodeSlice(cur: ByteCursor, length: number): SliceExtent[] {
  const end = cur.pos + length;
  if (end > cur.end) cur.fail('A tensor slice runs past the end of its entry.');
  const extents: SliceExtent[] = [];
  while (cur.pos < end) {
    const tag = cur.varint32();
    if (tag === 0x0a) extents.push(decodeExtent(cur, cur.varint32()));
    else cur.skip(tag & 7);
  }
  return extents;
}

function decodeExtent(cur: ByteCursor, length: number): SliceExtent {
  const end = cur.pos + length;
  if (end > cur.end) cur.fail('A slice extent runs past the end of its entry.');
  const extent = { start: 0, length: -1 };
  while (cur.pos < end) {
    const tag = cur.varint32();
    if (tag === 0x08) extent.start = cur.varint64();
    else if (tag === 0x10) extent.length = cur.varint64();
    else cur.skip(tag & 7);
  }
  return extent;
}

/** The same decoding through protobufjs (reference for tests and for rarely-used paths). */
export function decodeBundleEntryWithProtobufjs(bytes: Uint8Array): BundleEntry {
  const m = tensorflow.BundleEntryProto.decode(bytes);
  const entry: BundleEntry = {
    dtype: m.dtype,
    shape: (m.shape?.dim ?? []).map((d) => int64ToNumber(d.size)),
    shardId: m.shardId,
    offset: int64ToNumber(m.offset),
    size: int64ToNumber(m.size),
    crc32c: m.crc32c >>> 0,
  };
  if (m.slices.length > 0) entry.slices = m.slices.map((s) => protoSliceToExtents(s));
  return entry;
}

export function protoSliceToExtents(s: tensorflow.ITensorSliceProto): SliceExtent[] {
  return (s.extent ?? []).map((e) => ({
    start: int64ToNumber(e.start),
    length: e.length === null || e.length === undefined ? -1 : int64ToNumber(e.length),
  }));
}

export interface BundleHeader {
  numShards: number;
  bigEndian: boolean;
  producer: number;
}

export function decodeBundleHeader(bytes: Uint8Array): BundleHeader {
  const m = tensorflow.BundleHeaderProto.decode(bytes);
  return {
    numShards: m.numShards,
    bigEndian: m.endianness === tensorflow.BundleHeaderProto.Endianness.BIG,
    producer: m.version?.producer ?? 0,
  };
}

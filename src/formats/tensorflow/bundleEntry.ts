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
  const cur = new ByteCursor(bytes, 0, bytes.length, file);
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

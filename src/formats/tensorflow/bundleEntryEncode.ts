import { pushVarint } from '../bytes/varint';
import type { BundleEntry, BundleHeader, SliceExtent } from './bundleEntry';

// Serializes bundle protos exactly as TF's C++ protobuf does: fields in number order, proto3
// zero values omitted, but the shape message always present (it is set even for scalars).

function pushInt64(out: number[], v: number): void {
  if (v >= 0) return pushVarint(out, v);
  // Negative int64: 10-byte two's complement varint.
  let big = BigInt.asUintN(64, BigInt(v));
  for (let i = 0; i < 9; i++) {
    out.push(Number(big & 0x7fn) | 0x80);
    big >>= 7n;
  }
  out.push(Number(big));
}

function pushMessage(out: number[], tag: number, body: number[]): void {
  out.push(tag);
  pushVarint(out, body.length);
  for (const b of body) out.push(b);
}

function shapeBody(shape: readonly number[]): number[] {
  const body: number[] = [];
  for (const d of shape) {
    const dim: number[] = [];
    if (d !== 0) {
      dim.push(0x08);
      pushInt64(dim, d);
    }
    pushMessage(body, 0x12, dim);
  }
  return body;
}

function sliceBody(extents: readonly SliceExtent[]): number[] {
  const body: number[] = [];
  for (const e of extents) {
    const ext: number[] = [];
    if (e.start !== 0) {
      ext.push(0x08);
      pushInt64(ext, e.start);
    }
    if (e.length >= 0) {
      ext.push(0x10);
      pushInt64(ext, e.length);
    }
    pushMessage(body, 0x0a, ext);
  }
  return body;
}

export function encodeBundleEntry(e: BundleEntry): Uint8Array {
  const out: number[] = [];
  if (e.dtype !== 0) {
    out.push(0x08);
    pushVarint(out, e.dtype);
  }
  pushMessage(out, 0x12, shapeBody(e.shape));
  if (e.shardId !== 0) {
    out.push(0x18);
    pushVarint(out, e.shardId);
  }
  if (e.offset !== 0) {
    out.push(0x20);
    pushVarint(out, e.offset);
  }
  if (e.size !== 0) {
    out.push(0x28);
    pushVarint(out, e.size);
  }
  if (e.crc32c !== 0) {
    const c = e.crc32c >>> 0;
    out.push(0x35, c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24);
  }
  for (const s of e.slices ?? []) pushMessage(out, 0x3a, sliceBody(s));
  return Uint8Array.from(out);
}

/** BundleHeaderProto with TF's current version (kTensorBundleVersion = 1, producer 1). */
export function encodeBundleHeader(h: Pick<BundleHeader, 'numShards' | 'bigEndian'>): Uint8Array {
  const out: number[] = [];
  if (h.numShards !== 0) {
    out.push(0x08);
    pushVarint(out, h.numShards);
  }
  if (h.bigEndian) out.push(0x10, 0x01);
  pushMessage(out, 0x1a, [0x08, 0x01]);
  return Uint8Array.from(out);
}

/**
 * Reads a ZIP central directory (with ZIP64, as NumPy ≥ 1.x writes for .npz) through a ByteSource,
 * without touching member data. Spec: PKWARE APPNOTE.TXT §4.3 (records), §4.5.3 (ZIP64 extra).
 */
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';

export interface ZipMember {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the member's local file header. */
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;

function bad(file: string, problem: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file,
    problem,
    hint: 'The .npz (ZIP) file is damaged or incomplete; save it again with np.savez.',
  });
}

const u64 = (v: DataView, at: number): number => Number(v.getBigUint64(at, true));

/** Finds the end-of-central-directory record in the file's tail. */
async function findEnd(source: ByteSource): Promise<{ tail: Uint8Array; tailStart: number; at: number }> {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT + 20);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (view.getUint32(at, true) === EOCD_SIG) return { tail, tailStart, at };
  }
  throw bad(source.name, 'This is not a ZIP/.npz file: its end-of-directory record is missing (truncated?).');
}

interface DirectoryLocation {
  count: number;
  offset: number;
  size: number;
}

async function locateDirectory(source: ByteSource): Promise<DirectoryLocation> {
  const { tail, tailStart, at } = await findEnd(source);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let count = view.getUint16(at + 10, true);
  let size = view.getUint32(at + 12, true);
  let offset = view.getUint32(at + 16, true);
  const locAt = at - 20;
  if (locAt >= 0 && view.getUint32(locAt, true) === ZIP64_LOCATOR_SIG) {
    const z64Offset = u64(view, locAt + 8);
    if (z64Offset + 56 > tailStart + locAt)
      throw bad(source.name, 'The ZIP64 directory record points outside the file.');
    const rec = await source.read(z64Offset, 56);
    const rv = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
    if (rv.getUint32(0, true) !== ZIP64_EOCD_SIG)
      throw bad(source.name, 'The ZIP64 directory record is damaged.');
    count = u64(rv, 32);
    size = u64(rv, 40);
    offset = u64(rv, 48);
  }
  if (offset + size > source.size)
    throw bad(source.name, 'The ZIP directory points past the end of the file (truncated?).');
  return { count, offset, size };
}

/** Applies the ZIP64 extra field (id 1) to the fields saturated at 0xFFFFFFFF. */
function applyZip64(member: ZipMember, extra: DataView): void {
  for (let p = 0; p + 4 <= extra.byteLength;) {
    const id = extra.getUint16(p, true);
    const len = extra.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + len) return U32_MAX;
        const v = u64(extra, q);
        q += 8;
        return v;
      };
      if (member.uncompressedSize === U32_MAX) member.uncompressedSize = next();
      if (member.compressedSize === U32_MAX) member.compressedSize = next();
      if (member.localHeaderOffset === U32_MAX) member.localHeaderOffset = next();
    }
    p += 4 + len;
  }
}

/** Lists every member from the central directory. */
export async function readZipDirectory(source: ByteSource): Promise<ZipMember[]> {
  const { count, offset, size } = await locateDirectory(source);
  const dir = await source.read(offset, size);
  const view = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const members: ZipMember[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || view.getUint32(p, true) !== CENTRAL_SIG) {
      throw bad(source.name, `The ZIP directory entry ${i + 1} of ${count} is damaged.`);
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > dir.length) throw bad(source.name, `The ZIP directory entry ${i + 1} runs past the directory.`);
    const member: ZipMember = {
      name: new TextDecoder().decode(dir.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64(member, new DataView(dir.buffer, dir.byteOffset + p + 46 + nameLength, extraLength));
    if (member.localHeaderOffset + member.compressedSize > source.size) {
      throw bad(source.name, `The member ${member.name} points past the end of the file (truncated?).`);
    }
    members.push(member);
    p = end;
  }
  return members;
}

/** Where a member's (possibly compressed) bytes start: after its local header. */
export async function memberDataOffset(source: ByteSource, member: ZipMember): Promise<number> {
  const head = await source.read(member.localHeaderOffset, 30);
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (view.getUint32(0, true) !== LOCAL_SIG)
    throw bad(source.name, `The local header of ${member.name} is damaged.`);
  const start = member.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + member.compressedSize > source.size)
    throw bad(source.name, `The member ${member.name} is truncated.`);
  return start;
}

/**
 * Members of a ZIP archive as ByteSources: a stored member is a window of the archive (nothing is
 * copied); a deflated one is inflated into memory, bounded by `maxBytes`.
 */
import { inflateSync } from 'fflate';
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { memoryByteSource } from '../bytes/readChecks';
import { sliceByteSource } from '../bytes/sliceByteSource';
import { memberDataOffset, type ZipMember } from '../numpy/zipDirectory';

/** Deflate cannot expand data more than ~1032×; a larger claim is a damaged directory. */
const MAX_DEFLATE_RATIO = 1032;

export async function zipMemberSource(
  archive: ByteSource,
  member: ZipMember,
  maxBytes: number,
): Promise<ByteSource> {
  const name = `${archive.name}:${member.name}`;
  const start = await memberDataOffset(archive, member);
  if (member.method === 0) return sliceByteSource(archive, start, member.compressedSize, name);
  if (member.method !== 8) {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: name,
      problem: `The archive member uses ZIP compression method ${member.method}.`,
      hint: 'Only stored and deflated members are supported; save the model again with Keras.',
    });
  }
  const size = member.uncompressedSize;
  if (size > maxBytes || size > member.compressedSize * MAX_DEFLATE_RATIO + 1024) {
    throw new SlimscopeError({
      code: 'TOO_LARGE',
      file: name,
      problem: `The compressed member claims ${size} bytes (limit ${maxBytes}).`,
      hint: 'Save the model again with Keras (it stores the weights uncompressed).',
    });
  }
  const compressed = await archive.read(start, member.compressedSize);
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(compressed, { out: new Uint8Array(size) });
  } catch (cause) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: name,
      problem: 'The compressed member does not inflate.',
      hint: 'The archive is damaged; save the model again.',
      cause,
    });
  }
  if (bytes.length !== size) {
    throw new SlimscopeError({
      code: 'TRUNCATED',
      file: name,
      problem: `The member inflates to ${bytes.length} bytes; the directory says ${size}.`,
      hint: 'The archive is damaged; save the model again.',
    });
  }
  return memoryByteSource(name, bytes);
}

/**
 * A `.npz` (np.savez / np.savez_compressed) opened as a weight source. Only the ZIP directory and
 * each member's .npy header are read up front; a tensor's bytes are read (and inflated) when asked.
 * A member that cannot be read becomes a warning; the rest stay usable.
 */
import { Inflate, inflateSync } from 'fflate';
import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, TensorData } from '../checkpoint';
import { crc32 } from './crc32';
import { decodeNpyData } from './npy';
import { parseHeaderDict, parsePreamble, readNpyHeader, type NpyHeader } from './npyHeader';
import { memberDataOffset, readZipDirectory, type ZipMember } from './zipDirectory';
import { classifyRole } from '../tensorflow/roles';

const MAX_HEADER_BYTES = 1 << 20;
const INFLATE_CHUNK = 1 << 14;
const MAX_DEFLATE_RATIO = 1032;

interface NpzEntry {
  member: ZipMember;
  dataStart: number;
  header: NpyHeader;
}

/** Inflates just enough of a deflated member to parse its .npy header. */
async function inflatedHeader(source: ByteSource, start: number, member: ZipMember): Promise<NpyHeader> {
  const chunks: Uint8Array[] = [];
  let have = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    have += chunk.length;
  });
  const prefix = (): Uint8Array => {
    const out = new Uint8Array(have);
    chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
    return out;
  };
  let need = 12;
  for (let pos = 0; pos < member.compressedSize && have < need; pos += INFLATE_CHUNK) {
    const length = Math.min(INFLATE_CHUNK, member.compressedSize - pos);
    const compressed = await source.read(start + pos, length);
    try {
      inflater.push(compressed, pos + length >= member.compressedSize);
    } catch (e) {
      throw badMember(member, `does not inflate (${(e as Error).message})`);
    }
    if (need === 12 && have >= 10)
      need = Math.min(parsePreamble(prefix(), label(member)).headerEnd, MAX_HEADER_BYTES);
  }
  const bytes = prefix();
  const { version, headerEnd } = parsePreamble(bytes, label(member));
  if (headerEnd > bytes.length) throw badMember(member, 'ends inside its .npy header');
  const text = bytes.subarray(version[0] === 1 ? 10 : 12, headerEnd);
  const decoded = version[0] >= 3 ? new TextDecoder().decode(text) : String.fromCharCode(...text);
  return parseHeaderDict(decoded, version, headerEnd, label(member));
}

/** A member's name for messages (a damaged directory can leave it empty). */
const label = (member: ZipMember): string => member.name || '(unnamed .npz member)';

function badMember(member: ZipMember, what: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_NUMPY',
    file: label(member),
    problem: `The .npz member ${member.name} ${what}.`,
    hint: 'Save the arrays again with np.savez.',
  });
}

async function openEntry(source: ByteSource, member: ZipMember): Promise<NpzEntry> {
  const dataStart = await memberDataOffset(source, member);
  let header: NpyHeader;
  if (member.method === 0) {
    const named: ByteSource = { name: label(member), size: source.size, read: (o, l) => source.read(o, l) };
    header = await readNpyHeader(named, dataStart, member.compressedSize);
  } else if (member.method === 8) {
    header = await inflatedHeader(source, dataStart, member);
  } else {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: label(member),
      problem: `The .npz member ${member.name} uses ZIP compression method ${member.method}.`,
      hint: 'Only stored and deflated members (np.savez, np.savez_compressed) are supported.',
    });
  }
  // Deflate cannot expand data more than ~1032×: a larger claim would make us allocate for a lie.
  const maxSize =
    member.method === 0 ? member.compressedSize : member.compressedSize * MAX_DEFLATE_RATIO + 1024;
  if (member.uncompressedSize > maxSize) {
    throw badMember(
      member,
      `claims ${member.uncompressedSize} bytes, more than its ${member.compressedSize} stored bytes can hold`,
    );
  }
  if (header.dataOffset + header.dataLength !== member.uncompressedSize) {
    throw badMember(
      member,
      `has a header (shape ${header.shape.join('×')}) that does not match its ${member.uncompressedSize} bytes`,
    );
  }
  return { member, dataStart, header };
}

export class NpzReader implements CheckpointReader {
  readonly format = 'npz' as const;
  readonly variables: CheckpointVariable[] = [];
  readonly warnings: SlimscopeError[] = [];
  private readonly entries = new Map<string, NpzEntry>();

  private constructor(
    private readonly source: ByteSource,
    readonly prefix: string,
  ) {}

  /** Opens an .npz: names are member names without `.npy` (np.savez keys, e.g. `conv1/weights`). */
  static async open(source: ByteSource): Promise<NpzReader> {
    const reader = new NpzReader(source, source.name);
    for (const member of await readZipDirectory(source)) {
      if (member.name.endsWith('/')) continue;
      try {
        reader.add(await openEntry(source, member));
      } catch (e) {
        reader.warnings.push(toSlimscopeError(e, label(member)));
      }
    }
    return reader;
  }

  private add(entry: NpzEntry): void {
    const name = entry.member.name.replace(/\.npy$/, '');
    this.entries.set(name, entry);
    const stored = entry.member.method === 0;
    this.variables.push({
      name,
      dtype: entry.header.element.dtype,
      shape: entry.header.shape,
      bytes: entry.header.dataLength,
      shard: 0,
      offset: stored ? entry.dataStart + entry.header.dataOffset : entry.member.localHeaderOffset,
      role: classifyRole(name),
    });
  }

  async readTensor(name: string): Promise<TensorData> {
    const entry = this.entries.get(name);
    if (!entry) {
      throw new SlimscopeError({
        code: 'NOT_FOUND',
        file: this.prefix,
        problem: `The .npz has no array named ${name}.`,
        hint: 'Pick a name from the list of variables.',
      });
    }
    const { member, header } = entry;
    const raw = await this.source.read(entry.dataStart, member.compressedSize);
    const bytes = member.method === 0 ? raw : inflateMember(raw, member);
    if (crc32(bytes) !== member.crc) {
      throw new SlimscopeError({
        code: 'BAD_CRC',
        file: `${this.prefix}:${member.name}`,
        problem: `The array ${name} is corrupt: its CRC-32 does not match the one the .npz records.`,
        hint: 'The file was damaged; save it again.',
      });
    }
    const data = bytes.subarray(header.dataOffset, header.dataOffset + header.dataLength);
    return { name, ...decodeNpyData(header, data, label(member)) };
  }
}

function inflateMember(raw: Uint8Array, member: ZipMember): Uint8Array {
  try {
    const out = inflateSync(raw, { out: new Uint8Array(member.uncompressedSize) });
    if (out.length !== member.uncompressedSize)
      throw new Error(`${out.length} bytes instead of ${member.uncompressedSize}`);
    return out;
  } catch (e) {
    throw badMember(member, `does not inflate (${(e as Error).message})`);
  }
}

export function openNpz(source: ByteSource): Promise<NpzReader> {
  return NpzReader.open(source);
}

/**
 * Opens the two formats torch.save writes. Zip (torch ≥ 1.6): `<root>/data.pkl` + `<root>/data/<key>`
 * members, read from the central directory; only data.pkl is read at open. Legacy: five pickles in a
 * row (magic, protocol, sys_info, the object, storage keys), then each storage as an int64 element
 * count and its raw bytes; storage offsets follow from the counts in the object's persistent ids.
 */
import { inflateSync } from 'fflate';
import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { crc32 } from '../numpy/crc32';
import { memberDataOffset, readZipDirectory, type ZipMember } from '../numpy/zipDirectory';
import type { PyValue, TorchStorage } from './pyValues';
import { PytorchReader, type StorageBytes } from './pytorchReader';
import { ELEMENT_BYTES, storageFromPid } from './torchGlobals';
import { PickleTruncated, unpickle } from './unpickler';

/** Largest pickle read at open (data.pkl or the legacy head): the structure, never the weights. */
const MAX_PICKLE_BYTES = 256 << 20;
const LEGACY_FIRST_WINDOW = 1 << 20;
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** PROTO 2, LONG1 of 10 bytes: the legacy magic number 0x1950a86a20f9469cfc6c. */
export const LEGACY_HEAD = [
  0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19,
];

function bad(file: string, problem: string, hint = 'Save it again with torch.save.'): SlimscopeError {
  return new SlimscopeError({ code: 'BAD_FORMAT', file, problem, hint });
}

function storageBytesOf(file: string, s: TorchStorage): number {
  if (!s.dtype) throw bad(file, `Storage ${s.key} is a ${s.className}, whose element size is unknown.`);
  return s.numel * ELEMENT_BYTES[s.dtype]!;
}

function inflate(raw: Uint8Array, size: number, file: string): Uint8Array {
  try {
    const out = inflateSync(raw, { out: new Uint8Array(size) });
    if (out.length !== size) throw new Error(`${out.length} bytes instead of ${size}`);
    return out;
  } catch (e) {
    throw bad(file, `A deflated member does not inflate (${(e as Error).message}).`);
  }
}

async function memberBytes(source: ByteSource, m: ZipMember, limit: number): Promise<Uint8Array> {
  const file = `${source.name}:${m.name}`;
  if (m.uncompressedSize > limit)
    throw bad(file, `The member is ${m.uncompressedSize} bytes (more than ${limit}).`);
  if (m.method !== 0 && m.method !== 8)
    throw bad(file, `The member uses ZIP method ${m.method}.`, 'Only stored and deflated members are read.');
  const start = await memberDataOffset(source, m);
  const raw = await source.read(start, m.compressedSize);
  const bytes = m.method === 0 ? raw : inflate(raw, m.uncompressedSize, file);
  if (crc32(bytes) !== m.crc)
    throw new SlimscopeError({
      code: 'BAD_CRC',
      file,
      problem: 'The member fails its CRC-32 check.',
      hint: 'The file is damaged; save it again.',
    });
  return bytes;
}

function zipStorages(
  source: ByteSource,
  members: Map<string, ZipMember>,
  root: string,
  bigEndian: boolean,
): StorageBytes {
  const starts = new Map<string, Promise<number>>();
  const memberOf = (s: TorchStorage): ZipMember => {
    const m = members.get(`${root}data/${s.key}`);
    if (!m) throw bad(source.name, `The archive has no member ${root}data/${s.key} for a tensor's storage.`);
    if (m.uncompressedSize < storageBytesOf(source.name, s))
      throw bad(
        source.name,
        `Storage ${s.key} holds ${m.uncompressedSize} bytes, less than its ${s.numel} elements need.`,
      );
    return m;
  };
  return {
    bigEndian,
    offsetOf: (s) => members.get(`${root}data/${s.key}`)?.localHeaderOffset ?? 0,
    async read(s, first, length) {
      const m = memberOf(s);
      if (m.method === 8)
        return (await memberBytes(source, m, Number.MAX_SAFE_INTEGER)).subarray(first, first + length);
      if (m.method !== 0)
        throw bad(
          source.name,
          `Storage ${s.key} uses ZIP method ${m.method}.`,
          'Only stored and deflated members are read.',
        );
      if (!starts.has(s.key)) starts.set(s.key, memberDataOffset(source, m));
      const bytes = await source.read((await starts.get(s.key)!) + first, length);
      // A whole storage read is checked against the archive's CRC (views read only a part).
      if (first === 0 && length === m.uncompressedSize && crc32(bytes) !== m.crc)
        throw new SlimscopeError({
          code: 'BAD_CRC',
          file: `${source.name}:${m.name}`,
          problem: 'The storage fails its CRC-32 check.',
          hint: 'The file is damaged; save it again.',
        });
      return bytes;
    },
  };
}

/** Collects each storage met while unpickling, by key (one storage object per key). */
function storageCollector(file: string) {
  const byKey = new Map<string, TorchStorage>();
  const persistentLoad = (pid: PyValue): PyValue => {
    const s = storageFromPid(pid, file);
    if (!s || typeof s !== 'object' || s.kind !== 'storage') return s;
    const known = byKey.get(s.key);
    if (known) return known;
    byKey.set(s.key, s);
    return s;
  };
  return { byKey, persistentLoad };
}

export async function openPytorchZip(source: ByteSource): Promise<PytorchReader> {
  let members: ZipMember[];
  try {
    members = await readZipDirectory(source);
  } catch (e) {
    const err = toSlimscopeError(e, source.name);
    throw bad(source.name, err.problem);
  }
  const pkl = members.find((m) => m.name === 'data.pkl' || /^[^/]*\/data\.pkl$/.test(m.name));
  if (!pkl)
    throw bad(
      source.name,
      'This ZIP archive has no data.pkl, so torch.save did not write it.',
      'Open a file saved with torch.save.',
    );
  const root = pkl.name.slice(0, -'data.pkl'.length);
  const byName = new Map(members.map((m) => [m.name, m]));
  const order = byName.get(`${root}byteorder`);
  const bigEndian = order
    ? new TextDecoder().decode(await memberBytes(source, order, 16)).trim() === 'big'
    : false;
  const { persistentLoad } = storageCollector(source.name);
  const bytes = await memberBytes(source, pkl, MAX_PICKLE_BYTES);
  const { value } = unpickle(bytes, 0, { file: `${source.name}:${pkl.name}`, persistentLoad });
  return new PytorchReader('pytorch-zip', source, value, zipStorages(source, byName, root, bigEndian));
}

/** The five legacy pickles, read from a head window that grows until they fit. */
async function legacyPickles(source: ByteSource) {
  for (
    let window = Math.min(source.size, LEGACY_FIRST_WINDOW);
    ;
    window = Math.min(source.size, window * 4)
  ) {
    const head = await source.read(0, window);
    const { byKey, persistentLoad } = storageCollector(source.name);
    const noPid = () => {
      throw bad(source.name, 'A legacy header pickle refers to a storage.');
    };
    try {
      const magic = unpickle(head, 0, { file: source.name, persistentLoad: noPid });
      if (magic.value !== LEGACY_MAGIC)
        throw bad(source.name, 'The legacy magic number is wrong.', 'Open a file saved with torch.save.');
      const protocol = unpickle(head, magic.end, { file: source.name, persistentLoad: noPid });
      if (protocol.value !== 1001n)
        throw bad(source.name, `Legacy protocol ${String(protocol.value)} is not 1001.`);
      const sysInfo = unpickle(head, protocol.end, { file: source.name, persistentLoad: noPid });
      const object = unpickle(head, sysInfo.end, { file: source.name, persistentLoad });
      const keys = unpickle(head, object.end, { file: source.name, persistentLoad: noPid });
      return { sysInfo: sysInfo.value, object: object.value, keys: keys.value, dataStart: keys.end, byKey };
    } catch (e) {
      if (!(e instanceof PickleTruncated) || window >= source.size || window >= MAX_PICKLE_BYTES) throw e;
    }
  }
}

function littleEndian(sysInfo: PyValue): boolean {
  if (!sysInfo || typeof sysInfo !== 'object' || sysInfo.kind !== 'dict') return true;
  const entry = sysInfo.entries.find(([k]) => k === 'little_endian');
  return entry ? entry[1] !== false : true;
}

export async function openPytorchLegacy(source: ByteSource): Promise<PytorchReader> {
  const { sysInfo, object, keys, dataStart, byKey } = await legacyPickles(source);
  const keyList = keys && typeof keys === 'object' && keys.kind === 'list' ? keys.items : null;
  if (!keyList) throw bad(source.name, 'The legacy storage key list is missing.');
  const offsets = new Map<string, number>();
  let at = dataStart;
  for (const k of keyList) {
    const s = typeof k === 'string' ? byKey.get(k) : undefined;
    if (!s) break; // a storage no tensor uses: its size is unknown, so later storages cannot be placed
    offsets.set(s.key, at + 8);
    at += 8 + storageBytesOf(source.name, s);
  }
  const checked = new Set<string>();
  const storages: StorageBytes = {
    bigEndian: !littleEndian(sysInfo),
    offsetOf: (s) => offsets.get(s.key) ?? 0,
    async read(s, first, length) {
      const start = offsets.get(s.key);
      if (start === undefined) throw bad(source.name, `Storage ${s.key} cannot be located in the file.`);
      if (!checked.has(s.key)) {
        const count = new DataView((await source.read(start - 8, 8)).buffer).getBigInt64(0, true);
        if (count !== BigInt(s.numel))
          throw bad(
            source.name,
            `Storage ${s.key} holds ${count} elements, not the ${s.numel} its tensors say.`,
          );
        checked.add(s.key);
      }
      return source.read(start + first, length);
    },
  };
  const reader = new PytorchReader('pytorch-legacy', source, object, storages);
  // The storages follow the pickles back to back, so their end is known before any is read.
  if (offsets.size === keyList.length && at > source.size)
    reader.warnings.push(
      new SlimscopeError({
        code: 'TRUNCATED',
        file: source.name,
        problem: `The file is truncated: its storages end at byte ${at} but it holds ${source.size} bytes, so tensors stored past that point cannot be read.`,
        hint: 'Copy the file again in full.',
      }),
    );
  return reader;
}

/** Opens either torch.save format, told apart by the first bytes. */
export async function openPytorch(source: ByteSource): Promise<PytorchReader> {
  const head = await source.read(0, Math.min(source.size, LEGACY_HEAD.length));
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return openPytorchZip(source);
  if (LEGACY_HEAD.every((b, i) => head[i] === b)) return openPytorchLegacy(source);
  throw bad(
    source.name,
    source.size === 0
      ? 'The file is empty.'
      : head[0] === 0x80
        ? `This is a Python pickle (protocol ${head[1]}) that torch.save did not write: ` +
          'torch.save files start with a ZIP header or the legacy magic number.'
        : 'This is neither a torch.save ZIP archive nor a legacy torch.save file.',
    source.size === 0
      ? 'Copy the file again in full.'
      : 'Open a .pth/.pt/.bin/.ckpt written by torch.save (Slimscope never runs arbitrary pickles).',
  );
}

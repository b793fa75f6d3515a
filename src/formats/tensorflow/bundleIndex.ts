import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { type BundleEntry, type BundleHeader, decodeBundleEntryAt, decodeBundleHeader } from './bundleEntry';
import { KeyCollector } from './keyCollector';
import { binaryString } from './table/block';
import { TableReader } from './table/tableReader';

/** Everything in a V2 `.index` file, decoded: tensor names (sorted) with their entries. */
export class BundleIndex {
  private map: Map<string, BundleEntry> | undefined;

  constructor(
    readonly header: BundleHeader,
    /** Tensor names (UTF-8 keys) in table order; `list[i]` is the entry of `names[i]`. */
    readonly names: readonly string[],
    readonly list: readonly BundleEntry[],
    /** Entries of slices of partitioned tensors, by their OrderedCode key as a binary string. */
    readonly sliceEntries: ReadonlyMap<string, BundleEntry>,
  ) {}

  get size(): number {
    return this.names.length;
  }

  /** Looks a tensor up by binary search over the sorted names (no hash map needed to list). */
  get(name: string): BundleEntry | undefined {
    const names = this.names;
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = names[mid]!;
      if (m === name) return this.list[mid];
      if (m < name) lo = mid + 1;
      else hi = mid - 1;
    }
    // UTF-16 and UTF-8 orders differ only for astral characters; fall back to a map then.
    return this.entries.get(name);
  }

  /** All entries as a Map (built on first use). */
  get entries(): ReadonlyMap<string, BundleEntry> {
    this.map ??= new Map(this.names.map((n, i) => [n, this.list[i]!]));
    return this.map;
  }
}

/** Parses a `.index` table; throws typed errors naming the file for anything malformed. */
export async function readBundleIndex(source: ByteSource): Promise<BundleIndex> {
  const table = await TableReader.open(source);
  let header: BundleHeader | undefined;
  const keys = new KeyCollector();
  const list: BundleEntry[] = [];
  const sliceEntries = new Map<string, BundleEntry>();
  const file = source.name;
  await table.visitEntries((key, keyLength, block, start, end) => {
    if (keyLength === 0) header = decodeHeaderOrFail(block.subarray(start, end), file);
    else if (key[0] === 0)
      sliceEntries.set(binaryString(key, keyLength), decodeBundleEntryAt(block, start, end, file));
    else {
      keys.add(key, keyLength);
      list.push(decodeBundleEntryAt(block, start, end, file));
    }
  });
  if (!header) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: source.name,
      problem: 'The table has no bundle header (empty key), so it is not a TF V2 checkpoint index.',
      hint: 'If this is a V1 checkpoint or another table, open it without renaming; otherwise re-copy it.',
    });
  }
  if (header.numShards < 1 || header.numShards > 100_000) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: source.name,
      problem: `The bundle header claims ${header.numShards} data shards.`,
      hint: 'The index is damaged; re-copy it from its source.',
    });
  }
  return new BundleIndex(header, keys.finish(source.name), list, sliceEntries);
}

function decodeHeaderOrFail(value: Uint8Array, file: string): BundleHeader {
  try {
    return decodeBundleHeader(value);
  } catch (cause) {
    throw new SlimscopeError({
      code: 'BAD_PROTO',
      file,
      problem: 'The bundle header (BundleHeaderProto) cannot be decoded.',
      hint: 'The index is damaged or is not a TF V2 checkpoint index.',
      cause,
    });
  }
}

/** `prefix.data-00001-of-00004`, as TF names shard files (tensor_bundle.cc DataFilename). */
export function dataFileName(prefix: string, shard: number, numShards: number): string {
  const pad = (n: number) => String(n).padStart(5, '0');
  return `${prefix}.data-${pad(shard)}-of-${pad(numShards)}`;
}

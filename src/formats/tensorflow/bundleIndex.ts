import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import { type BundleEntry, type BundleHeader, decodeBundleEntry, decodeBundleHeader } from './bundleEntry';
import { binaryToUtf8 } from './table/block';
import { TableReader } from './table/tableReader';

/** Everything in a V2 `.index` file, decoded. */
export interface BundleIndex {
  header: BundleHeader;
  /** Tensor entries by name (UTF-8), in key order. */
  entries: Map<string, BundleEntry>;
  /** Entries of slices of partitioned tensors, by their OrderedCode key as a binary string. */
  sliceEntries: Map<string, BundleEntry>;
}

/** Parses a `.index` table; throws typed errors naming the file for anything malformed. */
export async function readBundleIndex(source: ByteSource): Promise<BundleIndex> {
  const table = await TableReader.open(source);
  let header: BundleHeader | undefined;
  const entries = new Map<string, BundleEntry>();
  const sliceEntries = new Map<string, BundleEntry>();
  await table.forEachEntry((key, value) => {
    if (key.length === 0) header = decodeHeaderOrFail(value, source.name);
    else if (key.charCodeAt(0) === 0) sliceEntries.set(key, decodeBundleEntry(value, source.name));
    else entries.set(binaryToUtf8(key), decodeBundleEntry(value, source.name));
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
  return { header, entries, sliceEntries };
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

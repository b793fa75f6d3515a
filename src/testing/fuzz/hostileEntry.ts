import type { BundleEntry, SliceExtent } from '../../formats/tensorflow/bundleEntry';
import { decodeBundleEntry } from '../../formats/tensorflow/bundleEntry';
import { encodeBundleEntry } from '../../formats/tensorflow/bundleEntryEncode';
import { forEachBlockEntry } from '../../formats/tensorflow/table/block';
import { TableWriter } from '../../formats/tensorflow/table/tableWriter';
import { concatBytes } from '../../formats/bytes/concatBytes';
import { readBlock, TableReader } from '../../formats/tensorflow/table/tableReader';
import { memoryByteSource } from '../../formats/bytes/readChecks';
import type { Random } from './random';

const BIG = [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 40, 2 ** 53 - 1];
const DTYPES = [0, 1, 2, 3, 7, 9, 10, 14, 18, 19, 20, 21, 23, 24, 99, 101, 2 ** 31 - 1];

function hostileShape(rng: Random, shape: number[]): number[] {
  switch (rng.int(6)) {
    case 0:
      return [rng.pick(BIG)];
    case 1:
      return [rng.pick([-1, -2, -(2 ** 40)]), ...shape.slice(1)];
    case 2:
      return [1e6, 1e6, 1e6];
    case 3:
      return new Array<number>(rng.range(20, 70)).fill(2);
    case 4:
      return shape.map((d) => d * rng.range(2, 1000));
    default:
      return [...shape, 0];
  }
}

function hostileExtent(rng: Random): SliceExtent {
  return {
    start: rng.pick([0, 1, -1, 2 ** 31, 2 ** 53 - 1]),
    length: rng.pick([-1, 0, 1, 3, 2 ** 40]),
  };
}

/** One field of a bundle entry set to a value no sane writer produces. */
export function hostileEntry(entry: BundleEntry, rng: Random, indexSize: number): BundleEntry {
  const e: BundleEntry = { ...entry, shape: entry.shape.slice() };
  switch (rng.int(7)) {
    case 0:
      e.dtype = rng.pick(DTYPES);
      break;
    case 1:
      e.shape = hostileShape(rng, e.shape);
      break;
    case 2:
      e.shardId = rng.pick([1, 2, 5, 99_999, 2 ** 31]);
      break;
    case 3:
      e.offset = rng.pick([...BIG, indexSize, Math.max(0, e.offset - 1), e.offset + 1]);
      break;
    case 4:
      e.size = rng.pick([0, 1, ...BIG, e.size + 1, Math.max(0, e.size - 1)]);
      break;
    case 5:
      e.slices = Array.from({ length: rng.range(1, 3) }, () =>
        Array.from({ length: Math.max(1, e.shape.length) }, () => hostileExtent(rng)),
      );
      break;
    default:
      e.crc32c = rng.int(2 ** 32);
  }
  return e;
}

/**
 * Re-writes a V2 `.index` with one (or a few) entries made hostile, as a valid table with correct
 * block CRCs, so the damage reaches the reader's checks on entries rather than the table's.
 * Returns undefined when the index is not readable in the first place.
 */
export async function withHostileEntries(index: Uint8Array, rng: Random): Promise<Uint8Array | undefined> {
  const records: Array<[string, Uint8Array]> = [];
  try {
    const source = memoryByteSource('fuzz.index', index);
    const table = await TableReader.open(source);
    for (const h of table.dataBlocks) {
      forEachBlockEntry(await readBlock(source, h), source.name, (k, v) => records.push([k, v.slice()]));
    }
  } catch {
    return undefined;
  }
  const candidates = records.filter(([k]) => k.length > 0);
  if (candidates.length === 0) return undefined;
  const count = rng.chance(0.8) ? 1 : rng.range(2, 4);
  for (let i = 0; i < count; i++) {
    const record = rng.pick(candidates);
    try {
      record[1] = encodeBundleEntry(hostileEntry(decodeBundleEntry(record[1], 'fuzz'), rng, index.length));
    } catch {
      // An entry the decoder refuses stays as it was.
    }
  }
  const writer = new TableWriter();
  for (const [k, v] of records) writer.add(k, v);
  return concatBytes(writer.finish());
}

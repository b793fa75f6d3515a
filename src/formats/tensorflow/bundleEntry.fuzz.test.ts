import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlimscopeError } from '../../base/errors';
import { exerciseCheckpointFiles } from '../../testing/fuzz/exercises';
import { judge } from '../../testing/fuzz/outcome';
import { type BundleEntry, decodeBundleEntry } from './bundleEntry';
import { encodeBundleEntry, encodeBundleHeader } from './bundleEntryEncode';
import { encodeTensorNameSlice } from './orderedCode';
import { TableWriter } from './table/tableWriter';
import { concatBytes } from '../bytes/concatBytes';

const binaryKey = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

// Sizes that break naive code: negatives, 32-bit edges, beyond 2^53 is not encodable by the writer.
const int64ish = fc.oneof(
  fc.integer({ min: 0, max: 16 }),
  fc.constantFrom(-1, -(2 ** 40), 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 40, 2 ** 53 - 1),
);
const natish = fc.oneof(
  fc.integer({ min: 0, max: 300 }),
  fc.constantFrom(2 ** 31, 2 ** 32, 2 ** 40, 2 ** 53 - 1),
);
const extent = fc.record({ start: int64ish, length: fc.oneof(fc.constant(-1), int64ish) });

const entryArb: fc.Arbitrary<BundleEntry> = fc.record(
  {
    dtype: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constantFrom(101, 2 ** 31 - 1)),
    shape: fc.array(int64ish, { maxLength: 5 }),
    shardId: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(2 ** 31)),
    offset: natish,
    size: natish,
    crc32c: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    slices: fc.array(fc.array(extent, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['dtype', 'shape', 'shardId', 'offset', 'size', 'crc32c'] },
);

/** An index holding the hostile entry (and, for a partitioned one, entries for its slices). */
function indexWith(entry: BundleEntry, numShards: number, sliceEntry: BundleEntry): Uint8Array {
  const table = new TableWriter();
  const records: Array<[string, Uint8Array]> = [['', encodeBundleHeader({ numShards, bigEndian: false })]];
  records.push([binaryKey('hostile/var'), encodeBundleEntry(entry)]);
  for (const s of entry.slices ?? []) {
    records.push([encodeTensorNameSlice('hostile/var', s), encodeBundleEntry(sliceEntry)]);
  }
  const unique = new Map(records);
  for (const k of [...unique.keys()].sort()) table.add(k, unique.get(k)!);
  return concatBytes(table.finish());
}

describe('BundleEntryProto decoding and reading under arbitrary input', () => {
  it('decodes arbitrary bytes to an entry or a SlimscopeError naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 96 }), (bytes) => {
        try {
          decodeBundleEntry(bytes, 'x.index');
        } catch (e) {
          expect(isSlimscopeError(e) && e.file === 'x.index' && e.hint.length > 0).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('opens and reads any entry field values as data or typed errors, with bounded allocation', async () => {
    await fc.assert(
      fc.asyncProperty(
        entryArb,
        entryArb,
        fc.integer({ min: 1, max: 3 }),
        fc.uint8Array({ maxLength: 256 }),
        async (entry, sliceEntry, numShards, data) => {
          const files = [{ name: 'h/ckpt.index', bytes: indexWith(entry, numShards, sliceEntry) }];
          for (let s = 0; s < numShards; s++) {
            files.push({ name: `h/ckpt.data-0000${s}-of-0000${numShards}`, bytes: data });
          }
          const outcome = await judge(files, exerciseCheckpointFiles);
          expect(outcome.ok ? 'ok' : outcome.reason).toBe('ok');
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });
});

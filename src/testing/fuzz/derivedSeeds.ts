import { memoryByteSource } from '../../formats/bytes/readChecks';
import { listCheckpointPrefixes, openCandidate } from '../../formats/open';
import { OBJECT_GRAPH_KEY } from '../../formats/tensorflow/objectGraph';
import { forEachBlockEntry } from '../../formats/tensorflow/table/block';
import { readBlock, TableReader } from '../../formats/tensorflow/table/tableReader';
import type { Seed } from './seeds';

/** The `_CHECKPOINTABLE_OBJECT_GRAPH` protos of the checkpoints that have one. */
export async function objectGraphSeeds(checkpoints: readonly Seed[]): Promise<Seed[]> {
  const out: Seed[] = [];
  for (const seed of checkpoints) {
    const sources = seed.map((f) => memoryByteSource(f.name, f.bytes));
    for (const c of await listCheckpointPrefixes(sources)) {
      if (c.format !== 'tf-v2') continue;
      const reader = await openCandidate(c).catch(() => undefined);
      if (!reader?.variables.some((v) => v.name === OBJECT_GRAPH_KEY)) continue;
      const t = await reader.readTensor(OBJECT_GRAPH_KEY).catch(() => undefined);
      const bytes = (t?.values as Uint8Array[] | undefined)?.[0];
      if (bytes) out.push([{ name: `${c.prefix}:${OBJECT_GRAPH_KEY}`, bytes }]);
    }
  }
  return out;
}

/** Raw BundleEntryProto values from the `.index` files (a few per index). */
export async function bundleEntrySeeds(checkpoints: readonly Seed[], perIndex = 4): Promise<Seed[]> {
  const out: Seed[] = [];
  for (const seed of checkpoints) {
    for (const f of seed.filter((x) => x.name.endsWith('.index'))) {
      const source = memoryByteSource(f.name, f.bytes);
      const values: Uint8Array[] = [];
      const table = await TableReader.open(source);
      for (const h of table.dataBlocks) {
        forEachBlockEntry(await readBlock(source, h), f.name, (k, v) => {
          if (k.length > 0 && values.length < perIndex) values.push(v.slice());
        });
      }
      out.push(...values.map((bytes, i) => [{ name: `${f.name}#entry${i}`, bytes }]));
    }
  }
  return out;
}

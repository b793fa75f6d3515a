import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader } from '../checkpoint';
import type { PrefixCandidate } from '../openPrefixes';
import { dataFileName, readBundleIndex } from './bundleIndex';
import { BundleReader } from './bundleReader';
import { crossCheckGraph, type GraphSummary, readMetaGraph, readSavedModel } from './metaGraph';
import { attachObjectGraph } from './objectGraph';
import { V1Reader } from './v1Reader';

/** Opens one TF checkpoint found by `listCheckpointPrefixes` (V2 bundle or V1 tables, plus its graph file). */
export async function openTfCandidate(c: PrefixCandidate): Promise<CheckpointReader> {
  const reader = await openTables(c);
  if (c.graph) await attachGraph(reader, c.graph);
  return reader;
}

async function openTables(c: PrefixCandidate): Promise<CheckpointReader & { warnings: SlimscopeError[] }> {
  if (c.format === 'tf-v2') {
    const [indexFile, ...data] = c.files;
    const index = await readBundleIndex(indexFile!);
    // Only files named for this save's shard count belong to it (`-of-00004` when it has 4 shards).
    const shards = new Map<number, ByteSource>();
    const n = index.header.numShards;
    for (let s = 0; s < n; s++) {
      const f = data.find((d) => d.name === dataFileName(c.prefix, s, n));
      if (f) shards.set(s, f);
    }
    const reader = new BundleReader(c.prefix, index, shards);
    for (const f of data.filter((d) => ![...shards.values()].includes(d))) {
      reader.warnings.push(
        new SlimscopeError({
          code: 'MISSING_SHARD',
          file: f.name,
          problem: `This data file belongs to a save with another number of shards (the index has ${n}); it is not used.`,
          hint: 'Open the data files written together with this .index.',
        }),
      );
    }
    await attachObjectGraph(reader);
    return reader;
  }
  return V1Reader.open(c.prefix, c.files);
}

const graphs = new WeakMap<CheckpointReader, GraphSummary>();

/** The `.meta` / `saved_model.pb` summary opened with a checkpoint, when there was one. */
export function checkpointGraph(reader: CheckpointReader): GraphSummary | undefined {
  return graphs.get(reader);
}

/** Largest graph file decoded for the cross-check (graphs embed constants; some are huge). */
const MAX_GRAPH_BYTES = 512 << 20;

async function attachGraph(reader: CheckpointReader & { warnings: SlimscopeError[] }, file: ByteSource) {
  try {
    if (file.size > MAX_GRAPH_BYTES)
      throw new SlimscopeError({
        code: 'TOO_LARGE',
        file: file.name,
        problem: `The graph file is ${file.size} bytes.`,
        hint: 'The cross-check with the graph is skipped.',
      });
    const bytes = await file.read(0, file.size);
    const summary = file.name.endsWith('.pb')
      ? readSavedModel(bytes, file.name)
      : readMetaGraph(bytes, file.name);
    graphs.set(reader, summary);
    reader.warnings.push(...crossCheckGraph(reader.variables, summary));
  } catch (e) {
    reader.warnings.push(toSlimscopeError(e, file.name));
  }
}

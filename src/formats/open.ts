import { SlimscopeError, toSlimscopeError } from '../base/errors';
import type { ByteSource } from './bytes/byteSource';
import type { CheckpointReader } from './checkpoint';
import { listCheckpointPrefixes, orphanDataFiles, type PrefixCandidate } from './openPrefixes';
import { dataFileName, readBundleIndex } from './tensorflow/bundleIndex';
import { BundleReader } from './tensorflow/bundleReader';
import { attachObjectGraph } from './tensorflow/objectGraph';
import { V1Reader } from './tensorflow/v1Reader';
import { crossCheckGraph, type GraphSummary, readMetaGraph, readSavedModel } from './tensorflow/metaGraph';

export { listCheckpointPrefixes, type PrefixCandidate };

export interface OpenOptions {
  /** Which checkpoint to open when the files hold several (a `PrefixCandidate.prefix`). */
  prefix?: string;
}

/**
 * Opens the checkpoint among the files the user dropped (index, data shards, `.meta`,
 * `saved_model.pb`, `checkpoint` state file…): detects the format and the prefix.
 * Several prefixes and no `options.prefix` → UNSUPPORTED error listing them (ask the user;
 * `listCheckpointPrefixes` gives the choices).
 */
export async function openCheckpoint(
  files: ByteSource[],
  options: OpenOptions = {},
): Promise<CheckpointReader> {
  const candidates = await listCheckpointPrefixes(files);
  const chosen = chooseCandidate(candidates, files, options.prefix);
  return openCandidate(chosen);
}

export async function openCandidate(c: PrefixCandidate): Promise<CheckpointReader> {
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

export function chooseCandidate(
  candidates: PrefixCandidate[],
  files: ByteSource[],
  prefix?: string,
): PrefixCandidate {
  if (prefix !== undefined) {
    const match =
      candidates.find((c) => c.prefix === prefix) ??
      (prefix ? candidates.find((c) => c.prefix.endsWith(`/${prefix}`)) : undefined);
    if (match) return match;
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: prefix,
      problem: 'No checkpoint with this prefix is among the files.',
      hint: `Available: ${candidates.map((c) => c.prefix || '(empty prefix)').join(', ') || 'none'}.`,
    });
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: candidates.map((c) => c.prefix).join(', '),
      problem: `The files hold ${candidates.length} checkpoints.`,
      hint: 'Choose one of them (the prefix) and open it.',
    });
  }
  const orphan = orphanDataFiles(files)[0];
  if (orphan) {
    throw new SlimscopeError({
      code: 'MISSING_INDEX',
      file: orphan.name,
      problem: 'This is a checkpoint data file, but its .index file is missing.',
      hint: 'Add the matching .index file (same prefix, same folder); it lists the tensors.',
    });
  }
  throw new SlimscopeError({
    code: 'BAD_FORMAT',
    file: files.map((f) => f.name).join(', '),
    problem: 'None of these files is a TensorFlow checkpoint (no .index file or checkpoint table).',
    hint: 'Open the .index and .data files of a checkpoint, a SavedModel folder, or a V1 checkpoint file.',
  });
}

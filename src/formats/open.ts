import { SlimscopeError } from '../base/errors';
import type { ByteSource } from './bytes/byteSource';
import type { CheckpointReader } from './checkpoint';
import { listCheckpointPrefixes, orphanDataFiles, type PrefixCandidate } from './openPrefixes';
import { formatClaimingName, listWeightSources, type WeightSource } from './registry';
import { checkpointGraph, openTfCandidate } from './tensorflow/openTf';

export {
  detectSingleFile,
  FORMATS,
  listWeightSources,
  singleFileSource,
  type FormatEntry,
  type GroupedFormat,
  type SingleFileFormat,
  type WeightSource,
} from './registry';
export { checkpointGraph, listCheckpointPrefixes, type PrefixCandidate };
/** Opens one TF prefix candidate (kept under its old name for the fuzz targets). */
export const openCandidate = openTfCandidate;

export interface OpenOptions {
  /** Which source to open when the files hold several (a `WeightSource.prefix`). */
  prefix?: string;
}

/**
 * Opens the weight source among the files the user dropped, in any registered format (TF index,
 * data shards, `.meta`, `saved_model.pb`, `checkpoint` state file…, or one weight file).
 * Several sources and no `options.prefix` → UNSUPPORTED error listing them (ask the user;
 * `listWeightSources` gives the choices).
 */
export async function openCheckpoint(
  files: ByteSource[],
  options: OpenOptions = {},
): Promise<CheckpointReader> {
  const sources = await listWeightSources(files);
  if (sources.length === 0 && options.prefix === undefined) await explainUnopenable(files);
  return chooseSource(sources, files, options.prefix).open();
}

/**
 * Nothing openable: a file whose extension a format claims but whose bytes it refused (a plain
 * pickle called .pth, an empty .pt) gets that format's own diagnosis, as the CLI gives, instead of
 * the generic "none of these files" message. A lone `.data` shard keeps its MISSING_INDEX error.
 */
async function explainUnopenable(files: readonly ByteSource[]): Promise<void> {
  if (orphanDataFiles(files).length > 0) return;
  for (const file of files) {
    const claimed = formatClaimingName(file.name);
    if (claimed) await claimed.open(file);
  }
}

/** The source named by `prefix`; without one, the only source (or the only TF checkpoint among loose files). */
export function chooseSource(sources: WeightSource[], files: ByteSource[], prefix?: string): WeightSource {
  const tf = sources.filter((s) => s.tf);
  if (prefix === undefined && sources.length > 1 && tf.length === 1) return tf[0]!;
  return chooseCandidate(sources, files, prefix);
}

export function pickSource(candidates: WeightSource[], prefix: string): WeightSource {
  const found = candidates.find((c) => c.prefix === prefix);
  if (found) return found;
  throw new SlimscopeError({
    code: 'NOT_FOUND',
    file: prefix,
    problem: 'This checkpoint is no longer among the files that were opened.',
    hint: 'Open the files again.',
  });
}

export function chooseCandidate<C extends { prefix: string }>(
  candidates: C[],
  files: ByteSource[],
  prefix?: string,
): C {
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
    problem:
      'None of these files is a weight file Slimscope reads (no .index file, checkpoint table or known weight file).',
    hint: 'Open the .index and .data files of a checkpoint, a SavedModel folder, a V1 checkpoint file, or a weight file (.pth/.pt/.bin, .npz, .safetensors, .h5, .keras, TF.js model.json).',
  });
}

// Node-only (CLI, tests, benchmarks): opens a weight source given as a prefix, a folder (SavedModel or
// training dir), one weight file or a list of files, in any format of the registry.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, normalize } from 'node:path';
import { SlimscopeError } from '../base/errors';
import type { ByteSource } from './bytes/byteSource';
import { nodeByteSource } from './bytes/nodeByteSource';
import type { CheckpointReader } from './checkpoint';
import { chooseSource, listCheckpointPrefixes, type OpenOptions, type PrefixCandidate } from './open';
import {
  FORMATS,
  formatClaimingName,
  listWeightSources,
  singleFileSource,
  type WeightSource,
} from './registry';

const MAX_DEPTH = 3;

async function listDir(dir: string, depth = 0): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory() && depth < MAX_DEPTH && e.name !== 'node_modules')
      out.push(...(await listDir(p, depth + 1)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function kindOf(path: string): Promise<'dir' | 'file' | 'none'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}

/** The prefix a single named file belongs to (`x.index`, `x.data-…`, `x.meta`, V1 `x-00000-of-00001`). */
function prefixOfFile(path: string): string {
  return path
    .replace(/\.(index|meta)$/, '')
    .replace(/\.data-\d{5}-of-\d{5}$/, '')
    .replace(/-\d{5}-of-\d{5}$/, '');
}

/** Resolves the argument(s) to the files to look at and the prefix wanted (if one is implied). */
async function resolveArgs(arg: string | string[]): Promise<{ paths: string[]; prefix?: string }> {
  if (Array.isArray(arg)) return { paths: arg.map((p) => normalize(p)) };
  const path = normalize(arg);
  const kind = await kindOf(path);
  if (kind === 'dir') {
    // `dir/` with a `dir/.index` is a checkpoint saved under the empty prefix: TensorFlow's reader
    // opens exactly that for the prefix `dir/`, so this does too (a bare `dir` still lists all).
    const emptyPrefix = `${path.replace(/[\\/]+$/, '')}/`;
    if (/[\\/]$/.test(arg) && (await kindOf(join(path, '.index'))) === 'file')
      return { paths: await listDir(path), prefix: emptyPrefix };
    return { paths: await listDir(path) };
  }
  const dir = dirname(path);
  if ((await kindOf(dir)) !== 'dir') {
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: arg,
      problem: 'Neither this path nor its folder exists.',
      hint: 'Give a checkpoint prefix (e.g. run/model.ckpt), a folder or the checkpoint files.',
    });
  }
  const paths = await listDir(dir, MAX_DEPTH);
  const prefix = kind === 'file' ? prefixOfFile(path) : path;
  // `dir/.index` is the empty prefix; keep the separator so it matches the candidates' spelling.
  return { paths, prefix: basename(path).startsWith('.') && prefix === dir ? `${dir}/` : prefix };
}

export async function nodeFiles(paths: string[]): Promise<ByteSource[]> {
  return Promise.all(paths.map((p) => nodeByteSource(p)));
}

/** Lists the checkpoints found at a path (folder, prefix or file) or among explicit files. */
export async function listNodeCheckpointPrefixes(arg: string | string[]): Promise<PrefixCandidate[]> {
  return listCheckpointPrefixes(await nodeFiles((await resolveArgs(arg)).paths));
}

/**
 * The one weight source a path/prefix/file list designates, unopened: a single weight file is taken
 * as it is; otherwise every source among the files (folder listing) is found and one chosen.
 */
export async function resolveNodeSource(
  arg: string | string[],
  options: OpenOptions = {},
): Promise<WeightSource> {
  let named: ByteSource | undefined;
  if (!Array.isArray(arg) && options.prefix === undefined && (await kindOf(normalize(arg))) === 'file') {
    named = await nodeByteSource(normalize(arg));
    const single = await singleFileSource(named);
    if (single) return single;
  }
  const { paths, prefix } = await resolveArgs(arg);
  const files = await nodeFiles(paths);
  try {
    return chooseSource(await listWeightSources(files), files, options.prefix ?? prefix);
  } catch (e) {
    // A named file whose extension a format claims but whose bytes it refused (a plain pickle
    // called .pth, an empty file): that format's opener says what is wrong with it.
    const claimed = named && formatClaimingName(named.name);
    if (!named || !(e instanceof SlimscopeError) || e.code !== 'NOT_FOUND') throw e;
    if (claimed) await claimed.open(named);
    if (prefixOfFile(named.name) === named.name)
      throw new SlimscopeError({
        code: 'BAD_FORMAT',
        file: named.name,
        problem: 'This file is not a weight file Slimscope reads (its name and first bytes match no format).',
        hint: `Slimscope reads: ${FORMATS.map((f) => f.label).join('; ')}.`,
      });
    throw e;
  }
}

/**
 * Opens a weight source from disk: a prefix like `run/model.ckpt`, one of its files, a SavedModel
 * folder, a folder holding one checkpoint, a weight file (`.pth`, `.npz`, …) or a list of files.
 */
export async function openNodeCheckpoint(
  arg: string | string[],
  options: OpenOptions = {},
): Promise<CheckpointReader> {
  return (await resolveNodeSource(arg, options)).open();
}

/** The one TF checkpoint a path/prefix/file list designates (as openNodeCheckpoint picks it), unopened. */
export async function resolveNodeCandidate(
  arg: string | string[],
  options: OpenOptions = {},
): Promise<PrefixCandidate> {
  const source = await resolveNodeSource(arg, options);
  if (source.tf) return source.tf;
  throw new SlimscopeError({
    code: 'UNSUPPORTED',
    file: source.prefix,
    problem: 'This is not a TensorFlow checkpoint.',
    hint: 'Index timing applies to TensorFlow checkpoints; other formats are timed by opening them.',
  });
}

import type { ByteSource } from './bytes/byteSource';
import { TABLE_MAGIC } from './tensorflow/table/format';

/** One checkpoint found among the files a user dropped. */
export interface PrefixCandidate {
  /** Path prefix as the files name it: `run/model.ckpt`, `export/variables/variables`, `dir/` (empty prefix). */
  prefix: string;
  format: 'tf-v2' | 'tf-v1';
  /** The files of this checkpoint (index/table files and data shards). */
  files: ByteSource[];
  /** A `.meta` or `saved_model.pb` describing the graph, when present. */
  graph?: ByteSource;
  /** True for a SavedModel's `variables/variables`. */
  savedModel: boolean;
  /** True when a `checkpoint` state file in the same folder names this prefix as the latest. */
  latestInStateFile: boolean;
}

const DATA_RE = /^(.*)\.data-(\d{5})-of-(\d{5})$/;
const V1_SHARD_RE = /^(.*)-(\d{5})-of-(\d{5})$/;
/** Names that are never V1 tables themselves. */
const NOT_V1_RE =
  /(\.(index|meta|pb|pbtxt|json|txt|md|h5|hdf5|keras|npy|npz|safetensors|png|jpe?g|py)|\/checkpoint|^checkpoint)$/i;

export function dirOf(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? '' : name.slice(0, i + 1);
}

function stripV1Shard(name: string): string {
  const m = V1_SHARD_RE.exec(name);
  return m ? m[1]! : name;
}

async function isTable(f: ByteSource): Promise<boolean> {
  if (f.size < 48) return false;
  const tail = await f.read(f.size - 8, 8);
  return tail.every((b, i) => b === TABLE_MAGIC[i]);
}

/** Data shard files (`.data-…`) whose `.index` is not among the files. */
export function orphanDataFiles(files: readonly ByteSource[]): ByteSource[] {
  const indexes = new Set(files.filter((f) => f.name.endsWith('.index')).map((f) => f.name.slice(0, -6)));
  return files.filter((f) => {
    const m = DATA_RE.exec(f.name);
    return m !== null && !indexes.has(m[1]!);
  });
}

/**
 * Finds every checkpoint prefix among the files: V2 by `.index`, V1 by table files (checked by their
 * magic number), SavedModel `variables/variables`. The `checkpoint` state file only marks a hint.
 */
export async function listCheckpointPrefixes(files: readonly ByteSource[]): Promise<PrefixCandidate[]> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const hinted = await stateFileHints(files);
  const out: PrefixCandidate[] = [];
  for (const f of files) {
    if (!f.name.endsWith('.index')) continue;
    const prefix = f.name.slice(0, -'.index'.length);
    const data = files.filter((d) => DATA_RE.exec(d.name)?.[1] === prefix);
    out.push(candidate(prefix, 'tf-v2', [f, ...data], byName, hinted));
  }
  const v1Groups = new Map<string, ByteSource[]>();
  for (const f of files) {
    if (NOT_V1_RE.test(f.name) || DATA_RE.test(f.name) || f.name.endsWith('/') || !(await isTable(f)))
      continue;
    const prefix = stripV1Shard(f.name);
    v1Groups.set(prefix, [...(v1Groups.get(prefix) ?? []), f]);
  }
  for (const [prefix, group] of v1Groups) out.push(candidate(prefix, 'tf-v1', group, byName, hinted));
  return out.sort((a, b) => a.prefix.localeCompare(b.prefix));
}

function candidate(
  prefix: string,
  format: 'tf-v2' | 'tf-v1',
  files: ByteSource[],
  byName: ReadonlyMap<string, ByteSource>,
  hinted: ReadonlySet<string>,
): PrefixCandidate {
  const savedModel = /(^|\/)variables\/variables$/.test(prefix);
  const graph = savedModel
    ? byName.get(`${prefix.slice(0, -'variables/variables'.length)}saved_model.pb`)
    : byName.get(`${prefix}.meta`);
  const c: PrefixCandidate = { prefix, format, files, savedModel, latestInStateFile: hinted.has(prefix) };
  if (graph) c.graph = graph;
  return c;
}

/** Prefixes named by `checkpoint` state files (by base name within the state file's folder). */
async function stateFileHints(files: readonly ByteSource[]): Promise<Set<string>> {
  const hints = new Set<string>();
  for (const f of files) {
    if (!/(^|\/)checkpoint$/.test(f.name) || f.size > 1 << 20) continue;
    const text = new TextDecoder().decode(await f.read(0, f.size));
    const m = /^model_checkpoint_path:\s*"((?:[^"\\]|\\.)*)"/m.exec(text);
    if (!m) continue;
    const path = m[1]!.replace(/\\(.)/g, '$1');
    const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    hints.add(dirOf(f.name) + base);
  }
  return hints;
}

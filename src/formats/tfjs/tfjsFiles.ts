/**
 * Finds TF.js models among dropped files: each `*.json` whose manifest parses is a model, grouped
 * with the shard files its `weightsManifest` names (paths relative to the model.json's folder, or,
 * for files dropped without folders, the one file of that base name).
 */
import type { ByteSource } from '../bytes/byteSource';
import { readModelJson, TfjsReader } from './tfjsReader';
import type { TfjsModelJson } from './manifest';

/** Only JSON files that mention these in their first bytes are parsed. */
const SNIFF_BYTES = 1 << 16;
const SNIFF = /"(weightsManifest|modelTopology)"/;

export interface TfjsCandidate {
  modelJson: ByteSource;
  /** The shard files found, in manifest order. */
  shards: ByteSource[];
  open(): Promise<TfjsReader>;
}

/** `a/b/../c/./d` → `a/c/d`. */
function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + out.join('/');
}

const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);

export function shardResolver(
  modelJson: string,
  files: readonly ByteSource[],
): (path: string) => ByteSource | undefined {
  const dir = modelJson.slice(0, modelJson.lastIndexOf('/') + 1);
  const byName = new Map(files.map((f) => [normalizePath(f.name), f]));
  return (path) => {
    const exact = byName.get(normalizePath(dir + path));
    if (exact) return exact;
    const base = baseName(path);
    const same = files.filter((f) => f.name === base);
    return same.length === 1 ? same[0] : undefined;
  };
}

async function looksLikeModelJson(f: ByteSource): Promise<boolean> {
  if (!f.name.toLowerCase().endsWith('.json') || f.size < 2) return false;
  const head = new TextDecoder().decode(await f.read(0, Math.min(SNIFF_BYTES, f.size)));
  return head.trimStart().startsWith('{') && SNIFF.test(head);
}

/**
 * Every TF.js model among the files. A JSON file that looks like a model.json but does not parse is
 * still listed: opening it gives the typed error saying what is wrong.
 */
export async function listTfjsModels(files: readonly ByteSource[]): Promise<TfjsCandidate[]> {
  const out: TfjsCandidate[] = [];
  for (const f of files) {
    if (!(await looksLikeModelJson(f))) continue;
    const shardFor = shardResolver(f.name, files);
    let model: TfjsModelJson;
    try {
      model = await readModelJson(f);
    } catch (e) {
      out.push({ modelJson: f, shards: [], open: () => Promise.reject(e) });
      continue;
    }
    const shards = model.groups.flatMap((g) => g.paths.map(shardFor)).filter((s): s is ByteSource => !!s);
    out.push({ modelJson: f, shards, open: () => TfjsReader.open(f, shardFor, model) });
  }
  return out;
}

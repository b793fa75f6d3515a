import type { ByteSource } from './bytes/byteSource';
import type { CheckpointFormat, CheckpointReader } from './checkpoint';
import { openNpy } from './numpy/npyReader';
import { openNpz } from './numpy/npzReader';
import { listCheckpointPrefixes, type PrefixCandidate } from './openPrefixes';
import { LEGACY_HEAD, openPytorch, ZIP_MAGIC } from './pytorch/openPytorch';
import { openSafetensors } from './safetensors/safetensorsReader';
import { openTfCandidate } from './tensorflow/openTf';
import { listTfjsModels, type TfjsCandidate } from './tfjs/tfjsFiles';

/** Bytes a file must hold at `offset` (one of an entry's `magic` alternatives). */
export interface MagicBytes {
  offset: number;
  bytes: readonly number[];
}

/** One weight source found among the files: a TF prefix with its shards, or one weight file. */
export interface WeightSource {
  /** The registry entry that found it. */
  formatId: string;
  /** The TF prefix, or the single file's name. */
  prefix: string;
  files: ByteSource[];
  /** The file hashed for the checkpoint identity (the index, table or the single file). */
  keyFile: ByteSource | undefined;
  /** Named as the latest by a `checkpoint` state file. */
  suggested: boolean;
  /** Set for TF checkpoints: the prefix candidate (for index timing and prefix choice). */
  tf?: PrefixCandidate;
  open(): Promise<CheckpointReader>;
}

interface FormatEntryBase {
  /** Stable id of the entry. */
  id: string;
  /** What `reader.format` can be for files this entry opens. */
  formats: readonly CheckpointFormat[];
  /** Shown in docs and errors. */
  label: string;
  /** Lower-case file name endings this entry looks at (grouped entries: the files that start a group). */
  extensions: readonly string[];
}

/** A format held in one file: detected by its extension, confirmed by `magic` when given. */
export interface SingleFileFormat extends FormatEntryBase {
  kind: 'single-file';
  /** When set, the file must start with one of these (checked after the extension matched). */
  magic?: readonly MagicBytes[];
  open(file: ByteSource): Promise<CheckpointReader>;
}

/** A format spread over several files (an index and shards): the entry groups the files itself. */
export interface GroupedFormat extends FormatEntryBase {
  kind: 'grouped';
  list(files: readonly ByteSource[]): Promise<WeightSource[]>;
}

export type FormatEntry = SingleFileFormat | GroupedFormat;

function tfSource(c: PrefixCandidate): WeightSource {
  return {
    formatId: 'tensorflow',
    prefix: c.prefix,
    files: c.graph ? [...c.files, c.graph] : c.files,
    keyFile: c.files[0],
    suggested: c.latestInStateFile,
    tf: c,
    open: () => openTfCandidate(c),
  };
}

function tfjsSource(c: TfjsCandidate): WeightSource {
  return {
    formatId: 'tfjs',
    prefix: c.modelJson.name,
    files: [c.modelJson, ...c.shards],
    keyFile: c.modelJson,
    suggested: false,
    open: () => c.open(),
  };
}

/**
 * Every weight format Slimscope reads. The checkpoint worker and every CLI command find and open
 * files only through this list; a new format is one more entry here.
 */
export const FORMATS: readonly FormatEntry[] = [
  {
    id: 'tensorflow',
    kind: 'grouped',
    formats: ['tf-v2', 'tf-v1'],
    label: 'TensorFlow checkpoint (V2 .index + .data shards, V1 tables, SavedModel variables)',
    extensions: ['.index', '.ckpt'],
    list: async (files) => (await listCheckpointPrefixes(files)).map(tfSource),
  },
  {
    id: 'npz',
    kind: 'single-file',
    formats: ['npz'],
    label: 'NumPy archive',
    extensions: ['.npz'],
    open: openNpz,
  },
  {
    id: 'npy',
    kind: 'single-file',
    formats: ['npy'],
    label: 'NumPy array',
    extensions: ['.npy'],
    open: openNpy,
  },
  {
    id: 'safetensors',
    kind: 'single-file',
    formats: ['safetensors'],
    label: 'safetensors',
    extensions: ['.safetensors'],
    open: openSafetensors,
  },
  {
    id: 'keras-h5',
    kind: 'single-file',
    formats: ['keras-h5'],
    label: 'Keras HDF5 weights',
    extensions: ['.h5', '.hdf5'],
    // h5wasm is large: loaded only when an HDF5 file is actually opened.
    open: (s) => import('./keras/kerasH5Reader').then((m) => m.openKerasH5(s)),
  },
  {
    id: 'keras3',
    kind: 'single-file',
    formats: ['keras3', 'keras-h5'],
    label: 'Keras .keras file (Keras 3 zip archive, or Keras 2 HDF5 under that name)',
    extensions: ['.keras'],
    // No `magic` here: the opener tells zip from HDF5 and names both when the file is neither.
    open: (s) => import('./keras3/openKerasFile').then((m) => m.openKerasFile(s)),
  },
  {
    id: 'tfjs',
    kind: 'grouped',
    formats: ['tfjs'],
    label: 'TF.js model (model.json + group*-shard*of*.bin)',
    extensions: ['.json'],
    list: async (files) => (await listTfjsModels(files)).map(tfjsSource),
  },
  {
    id: 'pytorch',
    kind: 'single-file',
    formats: ['pytorch-zip', 'pytorch-legacy'],
    label: 'PyTorch torch.save file (zip or legacy)',
    // `.bin` and `.ckpt` are also other formats' names: the magic bytes decide.
    extensions: ['.pth', '.pt', '.bin', '.ckpt', '.pth.tar'],
    magic: [
      { offset: 0, bytes: ZIP_MAGIC },
      { offset: 0, bytes: LEGACY_HEAD },
    ],
    open: openPytorch,
  },
];

const MAGIC_HEAD = 16;

function endsWithAny(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}

function magicMatches(head: Uint8Array, magic: readonly MagicBytes[]): boolean {
  return magic.some((m) => m.bytes.every((b, i) => head[m.offset + i] === b));
}

/** The single-file entry that opens this file (extension, then magic bytes), if any. */
export async function detectSingleFile(
  file: ByteSource,
  formats: readonly FormatEntry[] = FORMATS,
): Promise<SingleFileFormat | undefined> {
  let head: Uint8Array | undefined;
  for (const entry of formats) {
    if (entry.kind !== 'single-file' || !endsWithAny(file.name, entry.extensions)) continue;
    if (!entry.magic) return entry;
    head ??= await file.read(0, Math.min(MAGIC_HEAD, file.size));
    if (magicMatches(head, entry.magic)) return entry;
  }
  return undefined;
}

function singleSource(entry: SingleFileFormat, file: ByteSource): WeightSource {
  return {
    formatId: entry.id,
    prefix: file.name,
    files: [file],
    keyFile: file,
    suggested: false,
    open: () => entry.open(file),
  };
}

/** Every weight source among the files: grouped formats' sources first, then single files in the order given. */
export async function listWeightSources(
  files: readonly ByteSource[],
  formats: readonly FormatEntry[] = FORMATS,
): Promise<WeightSource[]> {
  const out: WeightSource[] = [];
  for (const entry of formats) if (entry.kind === 'grouped') out.push(...(await entry.list(files)));
  // A file a group already holds (a TF.js `.bin` shard) is not also a weight file of its own.
  const grouped = new Set(out.flatMap((s) => s.files));
  for (const f of files) {
    if (grouped.has(f)) continue;
    const entry = await detectSingleFile(f, formats);
    if (entry) out.push(singleSource(entry, f));
  }
  return out;
}

/** The single-file entry whose extension the name ends with, whatever the file's bytes are. */
export function formatClaimingName(
  name: string,
  formats: readonly FormatEntry[] = FORMATS,
): SingleFileFormat | undefined {
  return formats.find(
    (e): e is SingleFileFormat => e.kind === 'single-file' && endsWithAny(name, e.extensions),
  );
}

/** The source for one file when a single-file format claims it (no grouping needed). */
export async function singleFileSource(file: ByteSource): Promise<WeightSource | undefined> {
  const entry = await detectSingleFile(file);
  return entry ? singleSource(entry, file) : undefined;
}

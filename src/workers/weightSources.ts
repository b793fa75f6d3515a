import { SlimscopeError } from '../base/errors';
import type { ByteSource } from '../formats/bytes/byteSource';
import type { CheckpointReader } from '../formats/checkpoint';
import { openNpy } from '../formats/numpy/npyReader';
import { openNpz } from '../formats/numpy/npzReader';
import { listCheckpointPrefixes, openCandidate, type PrefixCandidate } from '../formats/open';
import { openSafetensors } from '../formats/safetensors/safetensorsReader';

/** Single-file weight sources, opened by extension; everything else goes through the TF prefix finder. */
const SINGLE_FILE_OPENERS: [RegExp, (s: ByteSource) => Promise<CheckpointReader>][] = [
  [/\.npz$/i, openNpz],
  [/\.npy$/i, openNpy],
  [/\.safetensors$/i, openSafetensors],
  // h5wasm is large: loaded only when an HDF5 file is actually opened.
  [/\.(h5|hdf5|keras)$/i, (s) => import('../formats/keras/kerasH5Reader').then((m) => m.openKerasH5(s))],
];

export interface SourceCandidate {
  prefix: string;
  files: ByteSource[];
  /** The file hashed for the checkpoint identity (the index, table or the single file). */
  keyFile: ByteSource | undefined;
  suggested: boolean;
  open(): Promise<CheckpointReader>;
}

/** Every weight source among the files: TF checkpoint prefixes plus .npz/.npy/.safetensors files. */
export async function listWeightSources(files: readonly ByteSource[]): Promise<SourceCandidate[]> {
  const out: SourceCandidate[] = (await listCheckpointPrefixes(files)).map(fromTfCandidate);
  for (const f of files) {
    const opener = SINGLE_FILE_OPENERS.find(([re]) => re.test(f.name))?.[1];
    if (opener) out.push({ prefix: f.name, files: [f], keyFile: f, suggested: false, open: () => opener(f) });
  }
  return out;
}

function fromTfCandidate(c: PrefixCandidate): SourceCandidate {
  return {
    prefix: c.prefix,
    files: c.graph ? [...c.files, c.graph] : c.files,
    keyFile: c.files[0],
    suggested: c.latestInStateFile,
    open: () => openCandidate(c),
  };
}

export function pickSource(candidates: SourceCandidate[], prefix: string): SourceCandidate {
  const found = candidates.find((c) => c.prefix === prefix);
  if (found) return found;
  throw new SlimscopeError({
    code: 'NOT_FOUND',
    file: prefix,
    problem: 'This checkpoint is no longer among the files that were opened.',
    hint: 'Open the files again.',
  });
}

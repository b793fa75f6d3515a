import { fixTableCrcs } from './tableCrc';
import { withHostileEntries } from './hostileEntry';
import { mutateBytes } from './mutators';
import { mutateTfjs } from './keras3TfjsSeeds';
import type { Exercise, FuzzFile, Limits } from './outcome';
import type { Random } from './random';
import type { Seed } from './seeds';
import {
  exerciseBundleEntry,
  exerciseCheckpointFiles,
  exerciseGraphFile,
  exerciseMappingDocument,
  exerciseKerasH5,
  exerciseNpy,
  exerciseNpz,
  exerciseObjectGraph,
  exercisePytorch,
  exerciseKeras3,
  exerciseTfjs,
  exerciseSafetensors,
} from './exercises';

/** A parser under fuzz: its seeds, how to damage one, and what to do with the result. */
export interface FuzzTarget {
  name: string;
  seeds: Seed[];
  exercise: Exercise;
  /** Returns damaged copies of the seed's files and a description of the damage. */
  mutate(seed: Seed, rng: Random): Promise<{ files: FuzzFile[]; steps: string[] }>;
  /** Share of the iterations this target gets (relative weight). */
  weight: number;
  limits?: Partial<Limits>;
}

const isTableFile = (name: string) =>
  !/\.(data-\d{5}-of-\d{5}|meta|pb|npy|npz|h5|safetensors)$|(^|\/)checkpoint$/.test(name);

/** Picks the file to damage: index/table files most often, then data shards, then the rest. */
function pickFile(files: readonly FuzzFile[], rng: Random): number {
  const tables = files.flatMap((f, i) => (isTableFile(f.name) ? [i] : []));
  const data = files.flatMap((f, i) => (/\.data-\d{5}-of-\d{5}$/.test(f.name) ? [i] : []));
  const r = rng.next();
  if (r < 0.6 && tables.length > 0) return rng.pick(tables);
  if (r < 0.85 && data.length > 0) return rng.pick(data);
  return rng.int(files.length);
}

/** Damage for checkpoint folders: byte mutations (CRCs often repaired), hostile entries, lost files. */
async function mutateCheckpoint(seed: Seed, rng: Random) {
  const files = seed.slice();
  if (files.length > 1 && rng.chance(0.05)) {
    const drop = rng.int(files.length);
    return { files: files.filter((_, i) => i !== drop), steps: [`drop ${files[drop]!.name}`] };
  }
  const i = pickFile(files, rng);
  const file = files[i]!;
  if (file.name.endsWith('.index') && rng.chance(0.3)) {
    const hostile = await withHostileEntries(file.bytes, rng);
    if (hostile) {
      files[i] = { name: file.name, bytes: hostile };
      return { files, steps: [`hostile entries in ${file.name}`] };
    }
  }
  const { bytes, steps } = mutateBytes(file.bytes, rng);
  const fixed = isTableFile(file.name) && rng.chance(0.75) ? fixTableCrcs(bytes) : bytes;
  files[i] = { name: file.name, bytes: fixed };
  return {
    files,
    steps: [...steps.map((s) => `${s} ${file.name}`), ...(fixed !== bytes ? ['CRCs fixed'] : [])],
  };
}

async function mutateEach(seed: Seed, rng: Random) {
  const i = rng.int(seed.length);
  const { bytes, steps } = mutateBytes(seed[i]!.bytes, rng);
  const files = seed.slice();
  files[i] = { name: seed[i]!.name, bytes };
  return { files, steps };
}

export interface SeedSets {
  checkpoints: Seed[];
  objectGraphs: Seed[];
  bundleEntries: Seed[];
  npy: Seed[];
  npz: Seed[];
  safetensors: Seed[];
  h5: Seed[];
  pytorch: Seed[];
  keras3: Seed[];
  tfjs: Seed[];
  graphFiles: Seed[];
  mappingDocuments: Seed[];
}

/** Every fuzz target over the given seeds (targets without seeds are left out). */
export function fuzzTargets(seeds: SeedSets): FuzzTarget[] {
  const all: FuzzTarget[] = [
    {
      name: 'tf-checkpoint',
      seeds: seeds.checkpoints,
      exercise: exerciseCheckpointFiles,
      mutate: mutateCheckpoint,
      weight: 8,
    },
    {
      name: 'object-graph',
      seeds: seeds.objectGraphs,
      exercise: exerciseObjectGraph,
      mutate: mutateEach,
      weight: 1,
    },
    {
      name: 'bundle-entry',
      seeds: seeds.bundleEntries,
      exercise: exerciseBundleEntry,
      mutate: mutateEach,
      weight: 1,
    },
    {
      name: 'meta-graph',
      seeds: seeds.graphFiles,
      exercise: exerciseGraphFile,
      mutate: mutateEach,
      weight: 1,
    },
    {
      name: 'mapping-document',
      seeds: seeds.mappingDocuments,
      exercise: exerciseMappingDocument,
      mutate: mutateEach,
      weight: 1,
    },
    { name: 'npy', seeds: seeds.npy, exercise: exerciseNpy, mutate: mutateEach, weight: 1.5 },
    { name: 'npz', seeds: seeds.npz, exercise: exerciseNpz, mutate: mutateEach, weight: 1.5 },
    {
      name: 'safetensors',
      seeds: seeds.safetensors,
      exercise: exerciseSafetensors,
      mutate: mutateEach,
      weight: 1.5,
    },
    { name: 'keras-h5', seeds: seeds.h5, exercise: exerciseKerasH5, mutate: mutateEach, weight: 0.5 },
    { name: 'pytorch', seeds: seeds.pytorch, exercise: exercisePytorch, mutate: mutateEach, weight: 1.5 },
    { name: 'keras3', seeds: seeds.keras3, exercise: exerciseKeras3, mutate: mutateEach, weight: 0.5 },
    { name: 'tfjs', seeds: seeds.tfjs, exercise: exerciseTfjs, mutate: mutateTfjs, weight: 1 },
  ];
  return all.filter((t) => t.seeds.length > 0);
}

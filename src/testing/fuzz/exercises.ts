import type { ByteSource } from '../../formats/bytes/byteSource';
import type { CheckpointReader } from '../../formats/checkpoint';
import { openKerasH5 } from '../../formats/keras/kerasH5Reader';
import { openKerasFile } from '../../formats/keras3/openKerasFile';
import { listTfjsModels } from '../../formats/tfjs/tfjsFiles';
import { openNpy } from '../../formats/numpy/npyReader';
import { openNpz } from '../../formats/numpy/npzReader';
import { listCheckpointPrefixes, openCandidate } from '../../formats/open';
import { openPytorch } from '../../formats/pytorch/openPytorch';
import { openSafetensors } from '../../formats/safetensors/safetensorsReader';
import { decodeBundleEntry } from '../../formats/tensorflow/bundleEntry';
import { parseMappingDocument } from '../../formats/mapping/document';
import { computeTensorStats } from '../../formats/stats/tensorStats';
import { readMetaGraph, readSavedModel } from '../../formats/tensorflow/metaGraph';
import { fullNamesFromObjectGraph } from '../../formats/tensorflow/objectGraph';
import type { Exercise } from './outcome';

/** Tensors read per opened source: enough to reach every reading path without slow inputs. */
const MAX_TENSORS_READ = 400;

/** Lists, reports warnings, and reads every tensor (each failure reported, the rest still read). */
export async function exerciseReader(reader: CheckpointReader, report: (e: unknown) => void): Promise<void> {
  for (const w of reader.warnings) report(w);
  for (const v of reader.variables.slice(0, MAX_TENSORS_READ)) {
    if (typeof v.name !== 'string' || !Array.isArray(v.shape))
      throw new Error(`bad variable record ${v.name}`);
    try {
      await reader.readTensor(v.name);
      // Statistics stream the tensor again in chunks (a separate reading path).
      if (!NO_STATS.has(v.dtype)) await computeTensorStats(reader, v.name, { bins: 8, chunkBytes: 4096 });
    } catch (e) {
      report(e);
    }
  }
}

const NO_STATS = new Set(['string', 'resource', 'variant']);

/** TF checkpoints of any kind among the files (V2, V1, object graph, .meta / saved_model.pb). */
export const exerciseCheckpointFiles: Exercise = async (files, report) => {
  const candidates = await listCheckpointPrefixes(files);
  for (const c of candidates) {
    try {
      await exerciseReader(await openCandidate(c), report);
    } catch (e) {
      report(e);
    }
  }
};

function singleFile(open: (s: ByteSource) => Promise<CheckpointReader>): Exercise {
  return async (files, report) => {
    for (const f of files) {
      try {
        await exerciseReader(await open(f), report);
      } catch (e) {
        report(e);
      }
    }
  };
}

export const exerciseNpy = singleFile(openNpy);
export const exerciseNpz = singleFile(openNpz);
export const exerciseSafetensors = singleFile(openSafetensors);
export const exerciseKerasH5 = singleFile((s) => openKerasH5(s));

async function wholeFile(f: ByteSource): Promise<Uint8Array> {
  return f.read(0, f.size);
}

/** The TrackableObjectGraph decoder on its own (the bytes of a `_CHECKPOINTABLE_OBJECT_GRAPH`). */
export const exerciseObjectGraph: Exercise = async (files, report) => {
  for (const f of files) {
    try {
      fullNamesFromObjectGraph(await wholeFile(f), f.name);
    } catch (e) {
      report(e);
    }
  }
};

/** The hand-rolled BundleEntryProto decoder on its own. */
export const exerciseBundleEntry: Exercise = async (files, report) => {
  for (const f of files) {
    try {
      decodeBundleEntry(await wholeFile(f), f.name);
    } catch (e) {
      report(e);
    }
  }
};

/** The MetaGraphDef (`.meta`) and SavedModel (`saved_model.pb`) decoders on their own. */
export const exerciseGraphFile: Exercise = async (files, report) => {
  for (const f of files) {
    try {
      const bytes = await wholeFile(f);
      if (f.name.endsWith('saved_model.pb')) readSavedModel(bytes, f.name);
      else readMetaGraph(bytes, f.name);
    } catch (e) {
      report(e);
    }
  }
};

/** Mapping documents (JSON) as a user may import them. */
export const exerciseMappingDocument: Exercise = async (files, report) => {
  for (const f of files) {
    try {
      parseMappingDocument(new TextDecoder().decode(await wholeFile(f)), f.name);
    } catch (e) {
      report(e);
    }
  }
};

export const exercisePytorch = singleFile(openPytorch);

/** `.keras` files: the zip directory, config.json, the stored weights window and the HDF5 reader. */
export const exerciseKeras3 = singleFile(openKerasFile);

/** TF.js models: model.json found among the files, grouped with its shards, every tensor read. */
export const exerciseTfjs: Exercise = async (files, report) => {
  for (const model of await listTfjsModels(files)) {
    try {
      await exerciseReader(await model.open(), report);
    } catch (e) {
      report(e);
    }
  }
};

import type { CheckpointReader } from '../../formats/checkpoint';
import type { Transform } from '../../formats/mapping/transform';
import { modelGraph, type ModelName } from '../../model/catalogue';
import { loadNasnetWeights, type WeightAssignment } from '../../model/nasnet/weights';
import { applyTransform } from '../../matching/transforms';
import type { Method } from '../rpc/protocol';
import type { RequestContext } from '../rpc/serve';

export interface MappedWeightsParams {
  handle: number;
  model: ModelName;
  /** TF-Slim's `num_classes` of the graph (default: the model's released class count). */
  numClasses?: number;
  /** Checkpoint → graph pairs; null = checkpoint names are graph names. */
  pairs: { checkpoint: string; graph: string; transform: Transform }[] | null;
  /**
   * Take the pairs (with their transforms) from the worker's own matching session of this
   * checkpoint instead of `pairs`; the service fills them in before reading.
   */
  fromSession?: boolean;
}

/** The inference graph's weights, read, decoded and checked in the worker. */
export interface MappedWeights {
  names: string[];
  values: Float32Array[];
  /** Graph variables without weights (the model cannot run until this is empty). */
  missing: string[];
  unusedCheckpoint: string[];
}

/** Request kind the checkpoint worker serves for Verify (added to its catalogue). */
export type ReadMappedWeights = Method<MappedWeightsParams, MappedWeights>;

function toAssignment(p: { checkpoint: string; graph: string; transform: Transform }): WeightAssignment {
  const steps = p.transform;
  if (!steps || steps.length === 0) return { checkpoint: p.checkpoint, graph: p.graph };
  return { checkpoint: p.checkpoint, graph: p.graph, transform: (t) => applyTransform(t, steps) };
}

/**
 * Reads every weight of the model's inference graph from an open checkpoint through the mapping,
 * with shape/dtype checks and a list of what is missing. Progress counts bytes read.
 */
export async function readMappedWeights(
  reader: CheckpointReader,
  params: MappedWeightsParams,
  ctx: RequestContext,
): Promise<MappedWeights> {
  const graph = modelGraph(params.model, 'inference', params.numClasses);
  const assignments = params.pairs ? params.pairs.map(toAssignment) : null;
  const { values, report } = await loadNasnetWeights(reader, graph.variables, assignments, {
    signal: ctx.signal,
    onProgress: ctx.onProgress,
  });
  return {
    names: [...values.keys()],
    values: [...values.values()],
    missing: report.missing.map((v) => v.name),
    unusedCheckpoint: report.unusedCheckpoint,
  };
}

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
  /**
   * Where the weights go instead of the result (transferred with the request): one
   * `WeightsOverPort` message is posted on it with the buffers moved, then it is closed. The result
   * then carries the names only (`values` is empty), so no copy stays on the page.
   */
  port?: MessagePort;
}

/** The one message posted on `MappedWeightsParams.port`: the weights, or null when none will come. */
export type WeightsOverPort = { names: string[]; values: Float32Array[] } | null;

/** Posts the weights on `port` with their buffers transferred (detached here), then closes it. */
export function postWeights(port: MessagePort, weights: WeightsOverPort): void {
  const buffers = new Set<ArrayBuffer>();
  for (const v of weights?.values ?? []) if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
  port.postMessage(weights, [...buffers]);
  port.close();
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
  const { port } = params;
  if (!port) return readAll(reader, params, ctx);
  let w: MappedWeights;
  try {
    w = await readAll(reader, params, ctx);
  } catch (e) {
    postWeights(port, null);
    throw e;
  }
  // A model with missing weights cannot run: nothing is sent, the engine is told so.
  postWeights(port, w.missing.length === 0 ? { names: w.names, values: w.values } : null);
  return { ...w, values: [] };
}

async function readAll(
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

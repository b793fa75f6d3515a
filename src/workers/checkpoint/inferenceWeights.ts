import type { CheckpointReader } from '../../formats/checkpoint';
import type { Transform } from '../../formats/mapping/transform';
import { modelGraph, type ModelName } from '../../model/catalogue';
import {
  loadNasnetWeights,
  unfilledGraphVariables,
  type WeightAssignment,
  type WeightLoadReport,
} from '../../model/nasnet/weights';
import { applyTransform } from '../../matching/transforms';
import type { Method } from '../rpc/protocol';
import type { RequestContext } from '../rpc/serve';
import { WeightSender } from './weightsOverPort';

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
   * Where the weights go instead of the result (transferred with the request): they are posted on
   * it in chunks as they are read, buffers moved (see `weightsOverPort.ts`), then it is closed. The
   * result then carries the names only (`values` is empty), so no copy stays on the page and this
   * worker holds at most a few chunks.
   */
  port?: MessagePort;
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
  const graph = modelGraph(params.model, 'inference', params.numClasses);
  const assignments = params.pairs ? params.pairs.map(toAssignment) : null;
  const options = { signal: ctx.signal, onProgress: ctx.onProgress };
  if (!port) {
    const { values, report } = await loadNasnetWeights(reader, graph.variables, assignments, options);
    return described([...values.keys()], [...values.values()], report);
  }
  const sender = new WeightSender(port, ctx.signal);
  const names: string[] = [];
  try {
    // A model with missing weights cannot run: the engine is told at once; the weights are still
    // read (and checked) for the report, not sent.
    const send = unfilledGraphVariables(reader, graph.variables, assignments).length === 0;
    if (!send) sender.abandon();
    const { report } = await loadNasnetWeights(reader, graph.variables, assignments, {
      ...options,
      onWeight: (name, values) => (names.push(name), send ? sender.add(name, values) : undefined),
    });
    if (send) await sender.end();
    return described(names, [], report);
  } catch (e) {
    sender.abandon();
    throw e;
  }
}

function described(names: string[], values: Float32Array[], report: WeightLoadReport): MappedWeights {
  return {
    names,
    values,
    missing: report.missing.map((v) => v.name),
    unusedCheckpoint: report.unusedCheckpoint,
  };
}

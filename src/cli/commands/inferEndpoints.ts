import { readFile } from 'node:fs/promises';
import { memoryByteSource } from '../../formats/bytes/readChecks';
import type { TensorData } from '../../formats/checkpoint';
import type { EndpointArray } from '../../inference/endpointCompare';
import type { BackendName } from '../../inference/backendNames';
import { endpointSuspects } from '../../model/endpointSuspects';
import type { GraphDescription } from '../../model/nasnet/graph';
import {
  compareRunEndpoints,
  readEndpointArrays,
  type EndpointsResult,
} from '../../inference/endpointsReference';

export async function readReferenceEndpoints(path: string): Promise<Map<string, EndpointArray>> {
  return readEndpointArrays(memoryByteSource(path, new Uint8Array(await readFile(path))));
}

export interface EndpointsReport extends Omit<EndpointsResult, 'ignored'> {
  /** The weights feeding the first diverging end point since the previous one, with their pairs. */
  suspects: { graph: string; checkpoint: string | null }[];
}

/** The `--endpoints-ref` verdict plus the suspect weights of the first diverging end point. */
export function endpointsReport(
  graph: GraphDescription,
  logits: Float32Array,
  batch: number,
  actual: readonly TensorData[],
  reference: ReadonlyMap<string, EndpointArray>,
  backend: BackendName,
  pairOf: (graphName: string) => string | null,
  referenceFile: string,
): EndpointsReport {
  const order = Object.keys(graph.endpoints);
  const {
    logits: verdict,
    endpoints,
    firstDiverging,
  } = compareRunEndpoints(order, logits, batch, actual, reference, backend, referenceFile);
  const suspects = firstDiverging
    ? endpointSuspects(graph, firstDiverging).variables.map((g) => ({ graph: g, checkpoint: pairOf(g) }))
    : [];
  return { logits: verdict, endpoints, firstDiverging, suspects };
}

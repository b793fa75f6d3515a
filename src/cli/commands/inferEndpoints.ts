import { readFile } from 'node:fs/promises';
import { SlimscopeError } from '../../base/errors';
import { memoryByteSource } from '../../formats/bytes/readChecks';
import type { TensorData } from '../../formats/checkpoint';
import { openNpz } from '../../formats/numpy/npzReader';
import { compareEndpoints, type EndpointArray, type EndpointsVerdict } from '../../inference/endpointCompare';
import type { BackendName } from '../../inference/backend';
import { endpointSuspects } from '../../model/endpointSuspects';
import type { GraphDescription } from '../../model/nasnet/graph';
import { COMPARE_TOLERANCE, compareLogits, type LogitsComparison } from '../../workers/inferenceCompare';

/** Reference end points from an `.npz` keyed by TF-Slim end point names (numeric arrays only). */
export async function readReferenceEndpoints(path: string): Promise<Map<string, EndpointArray>> {
  const reader = await openNpz(memoryByteSource(path, new Uint8Array(await readFile(path))));
  const out = new Map<string, EndpointArray>();
  for (const v of reader.variables) {
    const t = await reader.readTensor(v.name);
    if (Array.isArray(t.values) || typeof t.values[0] === 'bigint') continue;
    out.set(v.name, { shape: t.shape, values: t.values as ArrayLike<number> });
  }
  if (out.size === 0) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: path,
      problem: 'The reference .npz holds no numeric arrays.',
      hint: 'Save the end points with np.savez(path, **{name: array}) keyed by TF-Slim end point names (Stem, Cell_0, …, Logits).',
    });
  }
  return out;
}

export interface EndpointsReport {
  logits: LogitsComparison | null;
  endpoints: EndpointsVerdict['endpoints'];
  firstDiverging: string | null;
  /** The weights feeding the first diverging end point since the previous one, with their pairs. */
  suspects: { graph: string; checkpoint: string | null }[];
}

/** The `--endpoints-ref` verdict: logits (any class layout) and every end point in graph order. */
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
  const tolerance = COMPARE_TOLERANCE[backend];
  const refLogits = reference.get('Logits');
  const logitsVerdict = refLogits
    ? compareLogits(
        logits,
        [batch, logits.length / batch],
        Float32Array.from(refLogits.values),
        [...refLogits.shape],
        tolerance,
        referenceFile,
      )
    : null;
  const byName = new Map<string, EndpointArray>(
    actual.map((t) => [t.name, { shape: t.shape, values: t.values as Float32Array }]),
  );
  const verdict = compareEndpoints(Object.keys(graph.endpoints), byName, reference, tolerance);
  const suspects = verdict.firstDiverging
    ? endpointSuspects(graph, verdict.firstDiverging).variables.map((g) => ({
        graph: g,
        checkpoint: pairOf(g),
      }))
    : [];
  return {
    logits: logitsVerdict,
    endpoints: verdict.endpoints,
    firstDiverging: verdict.firstDiverging,
    suspects,
  };
}

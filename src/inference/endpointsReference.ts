import { SlimscopeError } from '../base/errors';
import type { ByteSource } from '../formats/bytes/byteSource';
import type { TensorData } from '../formats/checkpoint';
import { openNpz } from '../formats/numpy/npzReader';
import type { BackendName } from './backendNames';
import { compareEndpoints, type EndpointArray, type EndpointComparison } from './endpointCompare';
import { COMPARE_TOLERANCE, compareLogits, type LogitsComparison } from './compareLogits';

/** Reference end points from an `.npz` keyed by TF-Slim end point names (numeric arrays only). */
export async function readEndpointArrays(source: ByteSource): Promise<Map<string, EndpointArray>> {
  const reader = await openNpz(source);
  const out = new Map<string, EndpointArray>();
  for (const v of reader.variables) {
    const t = await reader.readTensor(v.name);
    if (Array.isArray(t.values) || t.values instanceof BigInt64Array || t.values instanceof BigUint64Array)
      continue;
    out.set(v.name, { shape: t.shape, values: t.values as ArrayLike<number> });
  }
  if (out.size === 0) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: source.name,
      problem: 'The reference .npz holds no numeric arrays.',
      hint: 'Save the end points with np.savez(path, **{name: array}) keyed by TF-Slim end point names (Stem, Cell_0, …, Logits).',
    });
  }
  return out;
}

/** The end points verdict of one run: logits (any class layout) and every end point in graph order. */
export interface EndpointsResult {
  logits: LogitsComparison | null;
  endpoints: EndpointComparison[];
  firstDiverging: string | null;
  /** Reference arrays that are no end point of the model (ignored). */
  ignored: string[];
}

export function compareRunEndpoints(
  order: readonly string[],
  logits: Float32Array,
  batch: number,
  actual: readonly TensorData[],
  reference: ReadonlyMap<string, EndpointArray>,
  backend: BackendName,
  referenceFile: string,
): EndpointsResult {
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
  return { logits: logitsVerdict, ...compareEndpoints(order, byName, reference, tolerance) };
}

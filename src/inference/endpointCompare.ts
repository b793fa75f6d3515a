/**
 * Compares a run's end points with reference end points (an `.npz` keyed by TF-Slim end point
 * names, as `endpoints.npz` of the oracle) with the logits' tolerance rule — max |Δ| within a
 * fraction of the end point's own max |reference| — and names the first one, in graph order,
 * beyond tolerance: where the model starts to go wrong.
 */

export interface EndpointComparison {
  name: string;
  /** max |actual − reference|; null when the shapes differ. */
  maxAbs: number | null;
  /** maxAbs / max |reference| (the end point's scale); null when the shapes differ. */
  relToScale: number | null;
  ok: boolean;
  /** Why it could not be compared (shapes differ). */
  problem?: string;
}

export interface EndpointsVerdict {
  /** Every end point present in both, in graph order. */
  endpoints: EndpointComparison[];
  firstDiverging: string | null;
  /** Reference arrays that are no end point of the model (ignored). */
  ignored: string[];
}

export interface EndpointArray {
  shape: readonly number[];
  values: ArrayLike<number>;
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * [rows, classes] arrays one class apart (TF-Slim's background class 0 on one side): the wider
 * one's columns 1:, so `Logits` compare across class layouts like the logits do. Probabilities
 * (`Predictions`) are renormalized over those columns: softmax over 1000 classes is softmax over
 * 1001 restricted to them.
 */
function alignClasses(
  a: EndpointArray,
  r: EndpointArray,
  probabilities: boolean,
): [EndpointArray, EndpointArray] | null {
  if (a.shape.length !== 2 || r.shape.length !== 2 || a.shape[0] !== r.shape[0]) return null;
  const [rows, ca] = a.shape as [number, number];
  const cr = r.shape[1] as number;
  if (Math.abs(ca - cr) !== 1) return null;
  const width = Math.min(ca, cr);
  const cut = (x: EndpointArray, classes: number): EndpointArray => {
    if (classes === width) return x;
    const values = new Float64Array(rows * width);
    for (let i = 0; i < rows; i++) {
      let sum = 0;
      for (let c = 0; c < width; c++) sum += values[i * width + c] = x.values[i * classes + c + 1] as number;
      if (probabilities && sum > 0) for (let c = 0; c < width; c++) values[i * width + c]! /= sum;
    }
    return { shape: [rows, width], values };
  };
  return [cut(a, ca), cut(r, cr)];
}

export function compareEndpoint(
  name: string,
  actual: EndpointArray,
  reference: EndpointArray,
  relTolerance: number,
): EndpointComparison {
  const aligned = alignClasses(actual, reference, name === 'Predictions');
  if (aligned) return compareEndpoint(name, aligned[0], aligned[1], relTolerance);
  if (!sameShape(actual.shape, reference.shape)) {
    const problem = `shape [${actual.shape.join(',')}] vs reference [${reference.shape.join(',')}]`;
    return { name, maxAbs: null, relToScale: null, ok: false, problem };
  }
  let scale = 0;
  let maxAbs = 0;
  let finite = true;
  const a = actual.values;
  const r = reference.values;
  for (let i = 0; i < r.length; i++) {
    const ref = r[i] as number;
    scale = Math.max(scale, Math.abs(ref));
    const d = Math.abs((a[i] as number) - ref);
    if (!Number.isFinite(d)) finite = false;
    else maxAbs = Math.max(maxAbs, d);
  }
  if (!finite)
    return { name, maxAbs: Infinity, relToScale: Infinity, ok: false, problem: 'NaN or Inf values' };
  const relToScale = scale > 0 ? maxAbs / scale : maxAbs;
  return { name, maxAbs, relToScale, ok: maxAbs <= relTolerance * scale };
}

/**
 * `order`: the model's end point names in graph order; `actual` / `reference` by name. Only names
 * in both are compared.
 */
export function compareEndpoints(
  order: readonly string[],
  actual: ReadonlyMap<string, EndpointArray>,
  reference: ReadonlyMap<string, EndpointArray>,
  relTolerance: number,
): EndpointsVerdict {
  const endpoints: EndpointComparison[] = [];
  for (const name of order) {
    const a = actual.get(name);
    const r = reference.get(name);
    if (a && r) endpoints.push(compareEndpoint(name, a, r, relTolerance));
  }
  const known = new Set(order);
  return {
    endpoints,
    firstDiverging: endpoints.find((e) => !e.ok)?.name ?? null,
    ignored: [...reference.keys()].filter((k) => !known.has(k)),
  };
}

import { SlimscopeError } from '../../base/errors';
import type { CancelSignal } from '../../base/progress';
import type { CheckpointReader, CheckpointVariable, DType, TensorData } from '../checkpoint';
import { permuteValues } from '../numpy/prepareNpyValue';
import { chunksOf } from '../stats/tensorStats';
import { asNumbers, dtypeEpsilon, type NumberView } from './numbers';
import {
  PairAccumulator,
  samePermutationFingerprint,
  scalarRelation,
  type PairRelation,
  type PairStats,
} from './pairStats';
import { findTranspose, permutationsBetween } from './permutations';

export type PairStatus = 'same' | 'changed' | 'shape' | 'dtype';

/** One side of a pair: a stored tensor, optionally brought into the other side's layout. */
export interface CompareSide {
  reader: CheckpointReader;
  name: string;
  /** Applied to the whole tensor before comparing (a mapping's transpose, class-axis change…). */
  prepare?: (t: TensorData) => TensorData;
}

export interface PairComparison {
  status: PairStatus;
  /** Null when the values cannot be compared element for element (sizes differ, strings). */
  stats: PairStats | null;
  relation: PairRelation | null;
  /** 'perm 1,0' for a transpose, '×-1' or '×0.5' for a scale. */
  relationDetail: string | null;
  /** Shapes and dtypes as compared (after `prepare`). */
  shapeA: number[];
  shapeB: number[];
  dtypeA: DType;
  dtypeB: DType;
}

export interface ComparePairOptions {
  signal?: CancelSignal;
  /** Bytes per read (default 4 MiB). */
  chunkBytes?: number;
  /** Called with the number of bytes read since the last call (both sides). */
  onBytes?: (bytes: number) => void;
}

const NON_NUMERIC: ReadonlySet<DType> = new Set(['string', 'resource', 'variant']);

function variableOf(side: CompareSide): CheckpointVariable {
  const v = side.reader.variables.find((x) => x.name === side.name);
  if (!v)
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file: side.name,
      problem: `No tensor with this name in ${side.reader.prefix}.`,
      hint: 'Compare tensors that are listed in the checkpoint.',
    });
  return v;
}

const sameShape = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);

const toleranceOf = (a: DType, b: DType): number => 4 * Math.max(dtypeEpsilon(a), dtypeEpsilon(b));

/**
 * Compares b against a. Same-shape pairs without a `prepare` stream both tensors in lockstep,
 * chunk by chunk (each read once); the rest are read whole (memory: the two tensors). A changed
 * pair whose value fingerprint says "same values, other order" is read again whole to find the
 * transpose.
 */
export async function comparePair(
  sideA: CompareSide,
  sideB: CompareSide,
  options: ComparePairOptions = {},
): Promise<PairComparison> {
  const va = variableOf(sideA);
  const vb = variableOf(sideB);
  if (NON_NUMERIC.has(va.dtype) || NON_NUMERIC.has(vb.dtype)) return compareWhole(sideA, sideB, options);
  if (sideA.prepare || sideB.prepare || !sameShape(va.shape, vb.shape)) {
    return compareWhole(sideA, sideB, options);
  }
  const tolerance = toleranceOf(va.dtype, vb.dtype);
  const transposable = permutationsBetween(va.shape, vb.shape).length > 0;
  const stats = await streamPair(sideA, va, sideB, vb, tolerance, transposable, options);
  const base = {
    shapeA: [...va.shape],
    shapeB: [...vb.shape],
    dtypeA: va.dtype,
    dtypeB: vb.dtype,
    stats,
  };
  const status: PairStatus = va.dtype !== vb.dtype ? 'dtype' : stats.changed > 0 ? 'changed' : 'same';
  const scalar = scalarRelation(stats, tolerance);
  if (scalar) return { ...base, status, ...scalarDetail(scalar) };
  if (
    stats.changed > 0 &&
    permutationsBetween(va.shape, vb.shape).length > 0 &&
    samePermutationFingerprint(stats)
  ) {
    const a = await readNumbers(sideA, va, options);
    const b = await readNumbers(sideB, vb, options);
    const perm = findTranspose(a.values, a.shape, b.values, b.shape);
    if (perm) return { ...base, status, relation: 'transpose', relationDetail: `perm ${perm.join(',')}` };
  }
  return { ...base, status, relation: null, relationDetail: null };
}

function scalarDetail(s: { relation: PairRelation; scale: number }) {
  return { relation: s.relation, relationDetail: `×${Number(s.scale.toPrecision(6))}` };
}

async function streamPair(
  sideA: CompareSide,
  va: CheckpointVariable,
  sideB: CompareSide,
  vb: CheckpointVariable,
  tolerance: number,
  fingerprint: boolean,
  options: ComparePairOptions,
): Promise<PairStats> {
  const acc = new PairAccumulator(tolerance, fingerprint);
  const progress = (): ((p: { done: number }) => void) => {
    let last = 0;
    return (p) => {
      options.onBytes?.(p.done - last);
      last = p.done;
    };
  };
  const read = {
    chunkBytes: options.chunkBytes ?? 4 << 20,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const itA = chunksOf(sideA.reader, va.name, { ...read, onProgress: progress() })[Symbol.asyncIterator]();
  const itB = chunksOf(sideB.reader, vb.name, { ...read, onProgress: progress() })[Symbol.asyncIterator]();
  let ca: NumberView = [];
  let cb: NumberView = [];
  let pa = 0;
  let pb = 0;
  for (;;) {
    if (pa === ca.length) {
      const next = await itA.next();
      if (next.done) break;
      ca = asNumbers(va.dtype, next.value);
      pa = 0;
    }
    if (pb === cb.length) {
      const next = await itB.next();
      if (next.done) break;
      cb = asNumbers(vb.dtype, next.value);
      pb = 0;
    }
    const n = Math.min(ca.length - pa, cb.length - pb);
    acc.add(ca, pa, cb, pb, n);
    pa += n;
    pb += n;
  }
  // Both generators run to their end so each one's CRC check happens.
  await drain(itA);
  await drain(itB);
  return acc.result();
}

async function drain(it: AsyncIterator<unknown>): Promise<void> {
  while (!(await it.next()).done);
}

interface WholeNumbers {
  values: NumberView;
  shape: number[];
  dtype: DType;
  data: TensorData;
}

async function readPrepared(side: CompareSide, v: CheckpointVariable, options: ComparePairOptions) {
  const t = await side.reader.readTensor(v.name, options.signal ? { signal: options.signal } : {});
  options.onBytes?.(v.bytes);
  return side.prepare ? side.prepare(t) : t;
}

async function readNumbers(
  side: CompareSide,
  v: CheckpointVariable,
  options: ComparePairOptions,
): Promise<WholeNumbers> {
  const data = await readPrepared(side, v, options);
  return { values: asNumbers(data.dtype, data.values), shape: data.shape, dtype: data.dtype, data };
}

async function compareWhole(
  sideA: CompareSide,
  sideB: CompareSide,
  options: ComparePairOptions,
): Promise<PairComparison> {
  const ta = await readPrepared(sideA, variableOf(sideA), options);
  const tb = await readPrepared(sideB, variableOf(sideB), options);
  const base = { shapeA: ta.shape, shapeB: tb.shape, dtypeA: ta.dtype, dtypeB: tb.dtype };
  const none = { stats: null, relation: null, relationDetail: null };
  const aText = NON_NUMERIC.has(ta.dtype);
  const bText = NON_NUMERIC.has(tb.dtype);
  if (aText || bText) {
    if (!sameShape(ta.shape, tb.shape)) return { ...base, ...none, status: 'shape' };
    if (ta.dtype !== tb.dtype) return { ...base, ...none, status: 'dtype' };
    return { ...base, ...none, status: sameBytes(ta, tb) ? 'same' : 'changed' };
  }
  const a = asNumbers(ta.dtype, ta.values);
  const b = asNumbers(tb.dtype, tb.values);
  const tolerance = toleranceOf(ta.dtype, tb.dtype);
  if (a.length !== b.length) return { ...base, ...none, status: 'shape' };
  if (!sameShape(ta.shape, tb.shape)) {
    const perm = findTranspose(a, ta.shape, b, tb.shape);
    if (!perm) return { ...base, ...none, status: 'shape' };
    const permuted = asNumbers(ta.dtype, permuteValues(ta.values, ta.shape, perm));
    return {
      ...base,
      status: 'shape',
      stats: accumulate(permuted, b, tolerance),
      relation: 'transpose',
      relationDetail: `perm ${perm.join(',')}`,
    };
  }
  const stats = accumulate(a, b, tolerance);
  const status: PairStatus = ta.dtype !== tb.dtype ? 'dtype' : stats.changed > 0 ? 'changed' : 'same';
  const scalar = scalarRelation(stats, tolerance);
  if (scalar) return { ...base, status, stats, ...scalarDetail(scalar) };
  if (stats.changed > 0 && samePermutationFingerprint(stats)) {
    const perm = findTranspose(a, ta.shape, b, tb.shape);
    if (perm)
      return { ...base, status, stats, relation: 'transpose', relationDetail: `perm ${perm.join(',')}` };
  }
  return { ...base, status, stats, relation: null, relationDetail: null };
}

function accumulate(a: NumberView, b: NumberView, tolerance: number): PairStats {
  const acc = new PairAccumulator(tolerance);
  acc.add(a, 0, b, 0, a.length);
  return acc.result();
}

function sameBytes(a: TensorData, b: TensorData): boolean {
  const x = a.values as Uint8Array[];
  const y = b.values as Uint8Array[];
  if (!Array.isArray(x) || !Array.isArray(y)) return false;
  return (
    x.length === y.length && x.every((s, i) => s.length === y[i]!.length && s.every((c, j) => c === y[i]![j]))
  );
}

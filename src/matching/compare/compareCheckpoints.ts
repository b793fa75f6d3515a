import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { CancelSignal, Progress } from '../../base/progress';
import type { CheckpointReader, CheckpointVariable, TensorData } from '../../formats/checkpoint';
import { comparePair, type CompareSide, type PairComparison } from '../../formats/compare/comparePair';
import { describeTransform, type Transform } from '../../formats/mapping/transform';
import { applyTransform } from '../transforms';
import { diffTotals, type DiffResult, type DiffRow } from './diffTypes';
import { pairTensors, type PairingOptions, type TensorPair } from './pairTensors';
import { cancelledError } from '../../base/cancel';

export interface CompareOptions extends PairingOptions {
  signal?: CancelSignal;
  /** Throttled to at most one call per `progressIntervalMs` (plus the last). */
  onProgress?: (p: Progress) => void;
  progressIntervalMs?: number;
  chunkBytes?: number;
}

const PHASE = 'comparing checkpoints';

/**
 * Pairs the two checkpoints' tensors and compares every pair, one after the other, each tensor
 * streamed in bounded chunks (memory: at most the two tensors of one pair plus chunk buffers).
 * Progress counts bytes of both sides with MB/s; cancel stops at the next chunk. A pair that
 * cannot be read becomes an `error` row; the rest are still compared.
 */
export async function compareCheckpoints(
  a: CheckpointReader,
  b: CheckpointReader,
  options: CompareOptions = {},
): Promise<DiffResult> {
  const pairs = pairTensors(a.variables, b.variables, options);
  return comparePairs(a, b, pairs, options);
}

export async function comparePairs(
  a: CheckpointReader,
  b: CheckpointReader,
  pairs: readonly TensorPair[],
  options: CompareOptions = {},
): Promise<DiffResult> {
  const varA = new Map(a.variables.map((v) => [v.name, v]));
  const varB = new Map(b.variables.map((v) => [v.name, v]));
  const total = pairs.reduce(
    (n, p) => (p.a !== null && p.b !== null ? n + varA.get(p.a)!.bytes + varB.get(p.b)!.bytes : n),
    0,
  );
  const progress = throttled(total, options);
  let done = 0;
  const rows: DiffRow[] = [];
  for (const p of pairs) {
    if (options.signal?.cancelled) throw cancelled();
    const va = p.a === null ? undefined : varA.get(p.a);
    const vb = p.b === null ? undefined : varB.get(p.b);
    if (!va || !vb) {
      rows.push(missingRow(p, va, vb));
      continue;
    }
    const before = done;
    try {
      const c = await comparePair(side(a, va, p.transformA), side(b, vb, p.transformB), {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}),
        onBytes: (n) => progress((done += n)),
      });
      rows.push(pairRow(p, c));
    } catch (e) {
      const err = toSlimscopeError(e, p.a ?? '');
      if (err.code === 'CANCELLED') throw err;
      rows.push({ ...missingRow(p, va, vb), status: 'error', error: `${err.problem} ${err.hint}`.trim() });
    }
    done = before + va.bytes + vb.bytes;
    progress(done);
  }
  progress(total, true);
  return { rows, totals: diffTotals(rows, done) };
}

function side(reader: CheckpointReader, v: CheckpointVariable, transform: Transform): CompareSide {
  const prepare =
    transform && transform.length > 0 ? (t: TensorData) => applyTransform(t, transform) : undefined;
  return { reader, name: v.name, ...(prepare ? { prepare } : {}) };
}

const finite = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);

function transformText(p: TensorPair): string | null {
  const parts: string[] = [];
  if (p.transformA?.length) parts.push(`a: ${describeTransform(p.transformA)}`);
  if (p.transformB?.length) parts.push(`b: ${describeTransform(p.transformB)}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

function missingRow(p: TensorPair, va?: CheckpointVariable, vb?: CheckpointVariable): DiffRow {
  return {
    a: p.a,
    b: p.b,
    status: p.a === null ? 'only-b' : 'only-a',
    maxAbs: null,
    meanAbs: null,
    relL2: null,
    cosine: null,
    changedFraction: null,
    relation: null,
    relationDetail: null,
    pairedBy: p.by,
    transform: transformText(p),
    dtypeA: va?.dtype ?? null,
    dtypeB: vb?.dtype ?? null,
    shapeA: va ? [...va.shape] : null,
    shapeB: vb ? [...vb.shape] : null,
    error: null,
  };
}

function pairRow(p: TensorPair, c: PairComparison): DiffRow {
  const s = c.stats;
  // A pairing transpose that makes the values identical is what "b equals a under a transpose" means.
  const pairingPermutes = [...(p.transformA ?? []), ...(p.transformB ?? [])].some((t) => t.op === 'permute');
  const relation = c.relation ?? (c.status === 'same' && pairingPermutes ? 'transpose' : null);
  return {
    a: p.a,
    b: p.b,
    status: c.status,
    maxAbs: finite(s?.maxAbs),
    meanAbs: finite(s?.meanAbs),
    relL2: finite(s?.relL2),
    cosine: finite(s?.cosine),
    changedFraction: finite(s?.changedFraction) ?? (c.status === 'same' ? 0 : null),
    relation,
    relationDetail: c.relationDetail ?? (relation === 'transpose' ? 'in the pairing transform' : null),
    pairedBy: p.by,
    transform: transformText(p),
    dtypeA: c.dtypeA,
    dtypeB: c.dtypeB,
    shapeA: c.shapeA,
    shapeB: c.shapeB,
    error: null,
  };
}

const cancelled = (): SlimscopeError => cancelledError('The comparison');

function throttled(total: number, options: CompareOptions): (done: number, last?: boolean) => void {
  const interval = options.progressIntervalMs ?? 100;
  const started = Date.now();
  let sent = 0;
  return (done, last = false) => {
    const now = Date.now();
    if (!options.onProgress || (!last && now - sent < interval)) return;
    sent = now;
    const seconds = (now - started) / 1000;
    options.onProgress({
      phase: PHASE,
      done: Math.min(done, total),
      total,
      ...(seconds > 0 ? { bytesPerSecond: done / seconds } : {}),
    });
  };
}

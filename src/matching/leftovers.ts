import { leafOf, normalizeName } from './names';
import type { Leftover, MatchCheckpointVariable } from './types';

/** A checkpoint tensor that takes part in matching, under its normalized name. */
export interface WeightEntry {
  v: MatchCheckpointVariable;
  /** Normalized name (full_name, no `:0`; an EMA-only tensor under its raw name). */
  norm: string;
}

export interface Partition {
  weights: WeightEntry[];
  leftovers: Leftover[];
  /** Stored raw name → stored EMA name, for raw weights that have a moving-average copy. */
  emaOf: Map<string, string>;
}

const EMA_SUFFIX = /\/ExponentialMovingAverage(?:_\d+)?$/;
const EMA_PREFIX = /^ExponentialMovingAverage\//;
const FLOAT = new Set(['float32', 'float16', 'bfloat16', 'float64']);
/** Bookkeeping that some writers leave marked as ordinary variables. */
const BOOKKEEPING_LEAVES = new Set([
  'num_batches_tracked',
  'global_step',
  'save_counter',
  'local_step',
  'biased',
]);

const emaBase = (norm: string): string => norm.replace(EMA_SUFFIX, '').replace(EMA_PREFIX, '');

/**
 * Splits the checkpoint into weights to match and leftovers to list (reader roles decide, plus a
 * guard for non-float tensors and obvious bookkeeping). EMA copies pair with their raw weight;
 * an EMA copy whose raw weight is absent becomes the weight.
 */
export function partitionCheckpoint(vars: readonly MatchCheckpointVariable[]): Partition {
  const weights: WeightEntry[] = [];
  const leftovers: Leftover[] = [];
  const emas: WeightEntry[] = [];
  for (const v of vars) {
    const norm = normalizeName(v.name, v.fullName);
    const leaf = leafOf(norm);
    if (v.role === 'ema') emas.push({ v, norm });
    else if (v.role !== 'weight') leftovers.push({ name: v.name, role: v.role });
    else if (!FLOAT.has(v.dtype) || BOOKKEEPING_LEAVES.has(leaf))
      leftovers.push({ name: v.name, role: 'bookkeeping' });
    else weights.push({ v, norm });
  }
  const byNorm = new Map(weights.map((w) => [w.norm, w]));
  const emaOf = new Map<string, string>();
  for (const e of emas) {
    const base = emaBase(e.norm);
    const raw = byNorm.get(base);
    if (raw) {
      emaOf.set(raw.v.name, e.v.name);
      leftovers.push({ name: e.v.name, role: 'ema', of: raw.v.name });
    } else if (FLOAT.has(e.v.dtype)) {
      weights.push({ v: e.v, norm: base });
      byNorm.set(base, { v: e.v, norm: base });
    } else {
      leftovers.push({ name: e.v.name, role: 'ema' });
    }
  }
  return { weights, leftovers, emaOf };
}

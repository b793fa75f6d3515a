import type { DType } from '../../formats/checkpoint';
import type { PairRelation } from '../../formats/compare/pairStats';
import type { PairedBy } from './pairTensors';

/** `error`: the pair could not be read (a CRC mismatch, a truncated shard); see `error`. */
export type DiffStatus = 'same' | 'changed' | 'only-a' | 'only-b' | 'shape' | 'dtype' | 'error';

/**
 * One compared pair, as `diff --json` prints it and the app exports it. Statistics are null when
 * there is nothing to compare element for element (one side missing, sizes differ, strings) or
 * the value is not finite (relL2 with an all-zero a, cosine with an all-zero side).
 */
export interface DiffRow {
  a: string | null;
  b: string | null;
  status: DiffStatus;
  maxAbs: number | null;
  meanAbs: number | null;
  relL2: number | null;
  cosine: number | null;
  changedFraction: number | null;
  relation: PairRelation | null;
  /** 'perm 1,0' (transpose), '×-1' (negated), '×0.5' (scale). */
  relationDetail: string | null;
  pairedBy: PairedBy | null;
  /** The layout transforms applied before comparing ("a: OIHW→HWIO (transpose 2,3,1,0)"). */
  transform: string | null;
  dtypeA: DType | null;
  dtypeB: DType | null;
  shapeA: number[] | null;
  shapeB: number[] | null;
  error: string | null;
}

export interface DiffTotals {
  rows: number;
  same: number;
  changed: number;
  shape: number;
  dtype: number;
  onlyA: number;
  onlyB: number;
  errors: number;
  transpose: number;
  negated: number;
  scaled: number;
  /** Bytes read from both checkpoints. */
  bytes: number;
  /** The changed pair with the largest relative L2 difference. */
  largest: { a: string; b: string; relL2: number } | null;
}

export interface DiffResult {
  rows: DiffRow[];
  totals: DiffTotals;
}

export function diffTotals(rows: readonly DiffRow[], bytes: number): DiffTotals {
  const t: DiffTotals = {
    rows: rows.length,
    same: 0,
    changed: 0,
    shape: 0,
    dtype: 0,
    onlyA: 0,
    onlyB: 0,
    errors: 0,
    transpose: 0,
    negated: 0,
    scaled: 0,
    bytes,
    largest: null,
  };
  for (const r of rows) {
    if (r.status === 'same') t.same++;
    else if (r.status === 'changed') t.changed++;
    else if (r.status === 'shape') t.shape++;
    else if (r.status === 'dtype') t.dtype++;
    else if (r.status === 'only-a') t.onlyA++;
    else if (r.status === 'only-b') t.onlyB++;
    else t.errors++;
    if (r.relation) t[r.relation]++;
    if (
      r.a !== null &&
      r.b !== null &&
      r.relL2 !== null &&
      r.relL2 > 0 &&
      (t.largest === null || r.relL2 > t.largest.relL2)
    ) {
      t.largest = { a: r.a, b: r.b, relL2: r.relL2 };
    }
  }
  return t;
}

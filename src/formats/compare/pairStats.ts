import type { NumberView } from './numbers';

/** How b relates to a when their values differ as compared. */
export type PairRelation = 'transpose' | 'negated' | 'scaled';

/** Difference statistics of two equally long value sequences, a (reference) and b. */
export interface PairStats {
  count: number;
  /** Elements with a !== b (two NaNs count as equal). */
  changed: number;
  /** Elements whose difference is NaN or infinite (left out of the sums below). */
  nonFinite: number;
  maxAbs: number;
  meanAbs: number;
  /** ‖a−b‖ / ‖a‖ (0 when both are zero, Infinity when only a is). */
  relL2: number;
  /** a·b / (‖a‖‖b‖); NaN when either side is all zeros. */
  cosine: number;
  changedFraction: number;
  /** b = −a element for element. */
  negated: boolean;
  /** b = scale·a for one constant (within the dtype's rounding); null when not. */
  scale: number | null;
  /** Order-free fingerprints of each side, to tell whether b may be a permutation of a. */
  a: SideSums;
  b: SideSums;
}

/** sumSq is over every finite element; sum, min and max over the elements where a and b differ. */
export interface SideSums {
  sum: number;
  sumSq: number;
  min: number;
  max: number;
}

/** Equal elements in a row after which the general path hands back to the fast one. */
const EQUAL_STREAK = 16;

/**
 * Accumulates difference statistics chunk by chunk in one pass (double precision sums, per-chunk
 * partial sums to keep rounding low); holds no element beyond the chunk being added.
 */
export class PairAccumulator {
  private count = 0;
  private changed = 0;
  private nonFinite = 0;
  private maxAbs = 0;
  private sumAbs = 0;
  private sumSqDiff = 0;
  private sumAA = 0;
  private sumBB = 0;
  private sumAB = 0;
  private sumA = 0;
  private sumB = 0;
  private minA = Infinity;
  private maxA = -Infinity;
  private minB = Infinity;
  private maxB = -Infinity;
  private negated = true;
  private scalable = true;
  private anchor = NaN;

  /**
   * `tolerance`: relative rounding allowed when testing b = scale·a (from the dtypes' epsilon).
   * `fingerprint`: keep the permutation fingerprint (sums and extremes of differing elements);
   * off when the shapes admit no transpose, which saves work per differing element.
   */
  constructor(
    private readonly tolerance: number,
    private readonly fingerprint = true,
  ) {}

  /** Adds elements a[ia…ia+n) against b[ib…ib+n). */
  add(a: NumberView, ia: number, b: NumberView, ib: number, n: number): void {
    let k = 0;
    while (k < n) {
      k += this.addIdenticalRun(a, ia + k, b, ib + k, n - k);
      if (k < n) k += this.addGeneral(a, ia + k, b, ib + k, n - k);
    }
  }

  /**
   * Fast path for the common case of equal values; stops at the first element that differs and
   * returns how many it took. Equal elements add the same value to both sides, so they only feed
   * the squared norms: the permutation fingerprint (sums, extremes) is kept over differing
   * elements, which is still a necessary condition (equal multisets minus equal elements).
   */
  private addIdenticalRun(a: NumberView, ia: number, b: NumberView, ib: number, n: number): number {
    let sumSq = 0;
    let k = 0;
    for (; k < n; k++) {
      const x = a[ia + k]!;
      const y = b[ib + k]!;
      if (x !== y && (x === x || y === y)) break;
      sumSq += x * x;
    }
    if (k === 0) return 0;
    if (!(sumSq - sumSq === 0)) {
      // Infinities or NaNs in the run: keep them out of the norms, as the general path does.
      sumSq = 0;
      for (let j = 0; j < k; j++) {
        const x = a[ia + j]!;
        if (x - x === 0) sumSq += x * x;
      }
    }
    this.count += k;
    this.sumAA += sumSq;
    this.sumBB += sumSq;
    this.sumAB += sumSq;
    if (sumSq > 0) {
      this.negated = false;
      if (this.anchor !== this.anchor) this.anchor = 1;
      else if (Math.abs(1 - this.anchor) > this.tolerance * (1 + Math.abs(this.anchor)))
        this.scalable = false;
    }
    return k;
  }

  /** Every element in full; hands back to the fast path after EQUAL_STREAK equal elements in a row. */
  private addGeneral(a: NumberView, ia: number, b: NumberView, ib: number, n: number): number {
    let streak = 0;
    let changed = 0;
    let nonFinite = 0;
    let maxAbs = this.maxAbs;
    let sumAbs = 0;
    let sumSqDiff = 0;
    let sumAA = 0;
    let sumBB = 0;
    let sumAB = 0;
    let sumA = 0;
    let sumB = 0;
    let minA = this.minA;
    let maxA = this.maxA;
    let minB = this.minB;
    let maxB = this.maxB;
    let negated = this.negated;
    let scalable = this.scalable;
    let anchor = this.anchor;
    const tol = this.tolerance;
    const fp = this.fingerprint;
    let k = 0;
    for (; k < n && streak < EQUAL_STREAK; k++) {
      const x = a[ia + k]!;
      const y = b[ib + k]!;
      streak = x === y ? streak + 1 : 0;
      if (fp) {
        if (x < minA) minA = x;
        if (x > maxA) maxA = x;
        if (y < minB) minB = y;
        if (y > maxB) maxB = y;
      }
      if (x !== y && (x === x || y === y)) {
        changed++;
        const d = x - y;
        if (d - d !== 0) {
          nonFinite++;
          negated = false;
          scalable = false;
          continue;
        }
        const ad = d < 0 ? -d : d;
        if (ad > maxAbs) maxAbs = ad;
        sumAbs += ad;
        sumSqDiff += d * d;
      }
      if (x - x === 0 && y - y === 0) {
        if (fp) {
          sumA += x;
          sumB += y;
        }
        sumAA += x * x;
        sumBB += y * y;
        sumAB += x * y;
      }
      if (negated && y !== -x) negated = false;
      if (scalable) {
        if (anchor !== anchor) {
          if (x !== 0 && y !== 0) anchor = y / x;
          else if (x !== 0 || y !== 0) scalable = false;
        } else {
          const r = y - anchor * x;
          const bound = tol * ((y < 0 ? -y : y) + (anchor * x < 0 ? -anchor * x : anchor * x));
          if ((r < 0 ? -r : r) > bound) scalable = false;
        }
      }
    }
    this.count += k;
    this.changed += changed;
    this.nonFinite += nonFinite;
    this.maxAbs = maxAbs;
    this.sumAbs += sumAbs;
    this.sumSqDiff += sumSqDiff;
    this.sumAA += sumAA;
    this.sumBB += sumBB;
    this.sumAB += sumAB;
    this.sumA += sumA;
    this.sumB += sumB;
    this.minA = minA;
    this.maxA = maxA;
    this.minB = minB;
    this.maxB = maxB;
    this.negated = negated;
    this.scalable = scalable;
    this.anchor = anchor;
    return k;
  }

  result(): PairStats {
    const n = this.count;
    const normA = Math.sqrt(this.sumAA);
    const normB = Math.sqrt(this.sumBB);
    const finiteDiffs = this.count - this.nonFinite;
    const relL2 = normA > 0 ? Math.sqrt(this.sumSqDiff) / normA : this.sumSqDiff > 0 ? Infinity : 0;
    // The anchor ratio is one element's; the least-squares scale over all elements is the one shown.
    const scale =
      this.scalable && this.anchor === this.anchor && this.sumAA > 0 ? this.sumAB / this.sumAA : null;
    return {
      count: n,
      changed: this.changed,
      nonFinite: this.nonFinite,
      maxAbs: this.nonFinite > 0 ? Infinity : this.maxAbs,
      meanAbs: finiteDiffs > 0 ? this.sumAbs / finiteDiffs : 0,
      relL2,
      cosine: normA > 0 && normB > 0 ? Math.max(-1, Math.min(1, this.sumAB / (normA * normB))) : NaN,
      changedFraction: n > 0 ? this.changed / n : 0,
      negated: this.negated && this.changed > 0,
      scale,
      a: { sum: this.sumA, sumSq: this.sumAA, min: this.minA, max: this.maxA },
      b: { sum: this.sumB, sumSq: this.sumBB, min: this.minB, max: this.maxB },
    };
  }
}

/**
 * True when b may hold the same multiset of values as a (a permutation): equal extremes, and sums
 * equal up to summation-order rounding. Cheap gate before reading both tensors whole.
 */
export function samePermutationFingerprint(s: PairStats): boolean {
  const { a, b } = s;
  if (a.min !== b.min || a.max !== b.max) return false;
  const close = (x: number, y: number, scale: number): boolean =>
    Math.abs(x - y) <= 1e-9 * Math.max(scale, Number.MIN_VALUE) + 1e-300;
  const spread = Math.max(Math.abs(a.min), Math.abs(a.max)) * s.count;
  return close(a.sumSq, b.sumSq, a.sumSq) && close(a.sum, b.sum, spread);
}

/** The relation shown for a changed pair of two or more elements: negation first, then a constant scale. */
export function scalarRelation(
  s: PairStats,
  tolerance: number,
): { relation: PairRelation; scale: number } | null {
  // One value is always some multiple of another: a relation needs at least two elements.
  if (s.changed === 0 || s.count < 2) return null;
  if (s.negated) return { relation: 'negated', scale: -1 };
  if (s.scale !== null && Math.abs(s.scale - 1) > 8 * tolerance)
    return { relation: 'scaled', scale: s.scale };
  return null;
}

import type { PairHistograms } from '../../formats/compare/pairHistograms';
import type { DiffResult } from '../../matching/compare/diffTypes';
import type { Method } from '../rpc/protocol';

/** Comparing the open checkpoint (a) with a second one (b), both opened in this worker by handle. */
export type CompareCatalogue = {
  /** Pairs and compares every tensor, streamed with progress, MB/s and cancel. */
  compareCheckpoints: Method<{ a: number; b: number }, DiffResult>;
  /** Both value histograms on one range and the histogram of a − b, for one compared pair. */
  comparePairHistograms: Method<{ a: number; b: number; nameA: string; nameB: string }, PairHistograms>;
};

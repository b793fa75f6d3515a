import type { CheckpointFormat } from '../../formats/checkpoint';
import type { DiffResult } from '../../matching/compare/diffTypes';
import type { SliceCreator } from '../sliceTypes';

/** The second checkpoint ("B") opened beside the current one ("A") for a comparison. */
export interface CompareTarget {
  /** Handle of A when the comparison was made: a result for another A is stale. */
  aHandle: number;
  bHandle: number;
  bPrefix: string;
  bFormat: CheckpointFormat;
  bVariableCount: number;
}

export interface CompareSlice {
  compare: CompareTarget | null;
  /** Rows and totals of the last finished comparison (plain metadata, no tensors). */
  compareResult: DiffResult | null;
  /** Scope tree order: by name, or largest relative change first. */
  treeSortByChange: boolean;
  setCompare(target: CompareTarget | null): void;
  setCompareResult(result: DiffResult | null): void;
  setTreeSortByChange(on: boolean): void;
}

export const createCompareSlice: SliceCreator<CompareSlice> = (set) => ({
  compare: null,
  compareResult: null,
  treeSortByChange: false,
  setCompare: (compare) => set({ compare, compareResult: null }),
  setCompareResult: (compareResult) => set({ compareResult }),
  setTreeSortByChange: (treeSortByChange) => set({ treeSortByChange }),
});

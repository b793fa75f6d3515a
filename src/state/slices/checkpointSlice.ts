import type { OpenedCheckpoint, PrefixListing } from '../../workers/checkpoint/checkpointCatalogue';
import type { StatsScanResult } from '../../formats/stats/statsScan';
import type { SliceCreator } from '../sliceTypes';
import { VariableTable } from '../variableTable';

/**
 * What the store knows about the open weight source: metadata only, never tensor bytes. The
 * variable list stays in the columns the worker transferred, read through `VariableTable`.
 */
export type LoadedCheckpoint = Omit<OpenedCheckpoint, 'columns' | 'indexReadAt'> & {
  variables: VariableTable;
};

/**
 * The store's form of what the worker opened. Marks `slimscope:index-read` and
 * `slimscope:listing-received` on the page's timeline (the scale bench measures first paint from them).
 */
export function loadedCheckpoint({ columns, indexReadAt, ...meta }: OpenedCheckpoint): LoadedCheckpoint {
  if (indexReadAt !== undefined && typeof performance.mark === 'function') {
    const startTime = Math.max(0, indexReadAt - performance.timeOrigin);
    performance.mark('slimscope:index-read', { startTime });
    performance.mark('slimscope:listing-received');
  }
  return { ...meta, variables: new VariableTable(columns) };
}

export type PrefixOption = PrefixListing;

export interface CheckpointSlice {
  checkpoint: LoadedCheckpoint | null;
  /** Set while the user must pick one of several prefixes found in a drop. */
  prefixChoice: PrefixOption[] | null;
  /** The last full statistics scan of the open checkpoint: totals and flagged tensors only. */
  statsScan: (StatsScanResult & { handle: number }) | null;
  setCheckpoint(checkpoint: LoadedCheckpoint | null): void;
  setPrefixChoice(options: PrefixOption[] | null): void;
  setStatsScan(scan: (StatsScanResult & { handle: number }) | null): void;
}

export const createCheckpointSlice: SliceCreator<CheckpointSlice> = (set) => ({
  checkpoint: null,
  prefixChoice: null,
  statsScan: null,
  setCheckpoint: (checkpoint) => set({ checkpoint, statsScan: null }),
  setPrefixChoice: (prefixChoice) => set({ prefixChoice }),
  setStatsScan: (statsScan) => set({ statsScan }),
});

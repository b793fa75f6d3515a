import type { Progress } from '../../base/progress';
import type { OpenedCheckpoint, PrefixListing } from '../../workers/checkpoint/checkpointCatalogue';
import type { StatsScanResult } from '../../formats/stats/statsScan';
import type { SliceCreator } from '../sliceTypes';

/** What the store knows about the open weight source: metadata only, never tensor bytes. */
export type LoadedCheckpoint = OpenedCheckpoint;

/** A long operation shown with progress and, when possible, a Cancel button. */
export interface Task {
  id: number;
  label: string;
  progress: Progress | null;
  startedAt: number;
  cancellable: boolean;
}

export type PrefixOption = PrefixListing;

export interface CheckpointSlice {
  checkpoint: LoadedCheckpoint | null;
  tasks: Task[];
  /** Set while the user must pick one of several prefixes found in a drop. */
  prefixChoice: PrefixOption[] | null;
  /** The last full statistics scan of the open checkpoint: totals and flagged tensors only. */
  statsScan: (StatsScanResult & { handle: number }) | null;
  setCheckpoint(checkpoint: LoadedCheckpoint | null): void;
  startTask(task: Task): void;
  updateTask(id: number, progress: Progress): void;
  endTask(id: number): void;
  setPrefixChoice(options: PrefixOption[] | null): void;
  setStatsScan(scan: (StatsScanResult & { handle: number }) | null): void;
}

export const createCheckpointSlice: SliceCreator<CheckpointSlice> = (set) => ({
  checkpoint: null,
  tasks: [],
  prefixChoice: null,
  statsScan: null,
  setCheckpoint: (checkpoint) => set({ checkpoint, statsScan: null }),
  startTask: (task) => set((s) => ({ tasks: [...s.tasks, task] })),
  updateTask: (id, progress) =>
    set((s) => ({ tasks: s.tasks.map((t) => (t.id === id ? { ...t, progress } : t)) })),
  endTask: (id) => set((s) => ({ tasks: s.tasks.filter((t) => t.id !== id) })),
  setPrefixChoice: (prefixChoice) => set({ prefixChoice }),
  setStatsScan: (statsScan) => set({ statsScan }),
});

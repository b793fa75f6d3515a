import type { SlimscopeErrorInit } from '../../base/errors';
import type { Progress } from '../../base/progress';
import type { CheckpointFormat, CheckpointVariable } from '../../formats/checkpoint';
import type { SliceCreator } from '../sliceTypes';

/** What the store knows about the open weight source: metadata only, never tensor bytes. */
export interface LoadedCheckpoint {
  /** The worker-side handle used to read tensors of this checkpoint. */
  handle: number;
  prefix: string;
  format: CheckpointFormat;
  files: { name: string; size: number }[];
  /** Stable key of the checkpoint (names, sizes, index hash): saved work is stored under it. */
  identity: string;
  /** True for the built-in demo that the app generates itself. */
  synthetic: boolean;
  variables: readonly CheckpointVariable[];
  warnings: SlimscopeErrorInit[];
}

/** A long operation shown with progress and, when possible, a Cancel button. */
export interface Task {
  id: number;
  label: string;
  progress: Progress | null;
  startedAt: number;
  cancellable: boolean;
}

export interface PrefixOption {
  prefix: string;
  files: string[];
  /** Named by the `checkpoint` state file (only a hint). */
  suggested: boolean;
}

export interface CheckpointSlice {
  checkpoint: LoadedCheckpoint | null;
  tasks: Task[];
  /** Set while the user must pick one of several prefixes found in a drop. */
  prefixChoice: PrefixOption[] | null;
  setCheckpoint(checkpoint: LoadedCheckpoint | null): void;
  startTask(task: Task): void;
  updateTask(id: number, progress: Progress): void;
  endTask(id: number): void;
  setPrefixChoice(options: PrefixOption[] | null): void;
}

export const createCheckpointSlice: SliceCreator<CheckpointSlice> = (set) => ({
  checkpoint: null,
  tasks: [],
  prefixChoice: null,
  setCheckpoint: (checkpoint) => set({ checkpoint }),
  startTask: (task) => set((s) => ({ tasks: [...s.tasks, task] })),
  updateTask: (id, progress) =>
    set((s) => ({ tasks: s.tasks.map((t) => (t.id === id ? { ...t, progress } : t)) })),
  endTask: (id) => set((s) => ({ tasks: s.tasks.filter((t) => t.id !== id) })),
  setPrefixChoice: (prefixChoice) => set({ prefixChoice }),
});

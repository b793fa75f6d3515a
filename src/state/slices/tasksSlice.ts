import type { Progress } from '../../base/progress';
import type { SliceCreator } from '../sliceTypes';

/** A long operation shown with progress and, when possible, a Cancel button. */
export interface Task {
  id: number;
  label: string;
  progress: Progress | null;
  startedAt: number;
  cancellable: boolean;
}

/**
 * Work in flight: worker tasks (status bar) and local saves of the mapping in progress. Together
 * they are the app's idle signal (`data-busy`, `data-activity` on the window).
 */
export interface TasksSlice {
  tasks: Task[];
  /** Saves of the mapping in progress scheduled or being written (IndexedDB). */
  pendingSaves: number;
  /** Counts every task and save ever started, so a waiter can tell "not started yet" from "done". */
  activity: number;
  startTask(task: Task): void;
  updateTask(id: number, progress: Progress): void;
  endTask(id: number): void;
  saveStarted(): void;
  saveEnded(): void;
}

export const createTasksSlice: SliceCreator<TasksSlice> = (set) => ({
  tasks: [],
  pendingSaves: 0,
  activity: 0,
  startTask: (task) => set((s) => ({ tasks: [...s.tasks, task], activity: s.activity + 1 })),
  updateTask: (id, progress) =>
    set((s) => ({ tasks: s.tasks.map((t) => (t.id === id ? { ...t, progress } : t)) })),
  endTask: (id) => set((s) => ({ tasks: s.tasks.filter((t) => t.id !== id) })),
  saveStarted: () => set((s) => ({ pendingSaves: s.pendingSaves + 1, activity: s.activity + 1 })),
  saveEnded: () => set((s) => ({ pendingSaves: Math.max(0, s.pendingSaves - 1) })),
});

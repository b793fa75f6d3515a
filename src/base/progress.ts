/** Progress of a long operation, reported in bytes (or items) done out of a total. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
  /** Bytes per second averaged since the start, when the work is byte-driven. */
  bytesPerSecond?: number;
}

export type ProgressCallback = (p: Progress) => void;

/** Cooperative cancellation that works the same in Node, the main thread and a worker. */
export interface CancelSignal {
  readonly cancelled: boolean;
}

/** What long work is handed: its cancel signal and where to report progress (a worker request's context). */
export interface TaskContext {
  signal: CancelSignal;
  onProgress(p: Progress): void;
}

export function neverCancelled(): CancelSignal {
  return { cancelled: false };
}

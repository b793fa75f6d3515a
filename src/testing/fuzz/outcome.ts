import { isSlimscopeError, type SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../../formats/bytes/byteSource';
import { AllocationViolation, withAllocationLimit } from './allocationGuard';
import { type GuardedSource, guardedSource } from './guardedSource';

/** One file of a fuzz input. */
export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

/** What a target does with the files: open, list, read every tensor; every caught error is reported. */
export type Exercise = (files: ByteSource[], report: (error: unknown) => void) => Promise<void>;

export interface Limits {
  /** Largest single allocation allowed, as a multiple of the input's total size (plus `allocSlack`). */
  allocFactor: number;
  allocSlack: number;
  /** Total bytes read allowed, as a multiple of the input's total size (plus 1 MiB). */
  readFactor: number;
  /** Wall-clock bound for one input. */
  millis: number;
}

export const DEFAULT_LIMITS: Limits = {
  allocFactor: 32,
  allocSlack: 4 << 20,
  readFactor: 64,
  millis: 10_000,
};

export type Outcome =
  | { ok: true; errorCodes: string[]; millis: number; largestAlloc: number }
  | { ok: false; reason: string; cause?: unknown };

/** Why a caught error is not acceptable, or undefined when it is a complete SlimscopeError. */
export function errorDefect(e: unknown): string | undefined {
  if (e instanceof AllocationViolation) return e.message;
  if (!isSlimscopeError(e)) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return `untyped error ${what}`;
  }
  const err: SlimscopeError = e;
  if (err.code === 'INTERNAL') return `INTERNAL error: ${err.problem}`;
  for (const field of ['file', 'problem', 'hint'] as const) {
    if (!err[field].trim()) return `${err.code} error without a ${field}: ${err.message}`;
  }
  if (/\bundefined\b|\bNaN\b/.test(err.problem))
    return `${err.code} error says undefined/NaN: ${err.problem}`;
  return undefined;
}

/**
 * Runs one input through a target and judges it: every error must be a complete SlimscopeError,
 * the largest allocation and the bytes read must stay proportionate to the input, and it must finish
 * in time.
 */
export async function judge(files: readonly FuzzFile[], exercise: Exercise, limits = DEFAULT_LIMITS) {
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  const sources: GuardedSource[] = files.map((f) => guardedSource(f.name, f.bytes));
  const defects: string[] = [];
  const codes: string[] = [];
  let firstDefect: unknown;
  const report = (e: unknown) => {
    const defect = errorDefect(e);
    if (defect) {
      defects.push(defect);
      firstDefect ??= e;
    } else codes.push((e as SlimscopeError).code);
  };
  const started = performance.now();
  let largest = 0;
  try {
    const limit = total * limits.allocFactor + limits.allocSlack;
    largest = (await withAllocationLimit(limit, () => exercise(sources, report))).largest;
  } catch (e) {
    report(e);
  }
  const millis = performance.now() - started;
  const bytesRead = sources.reduce((n, s) => n + s.stats.bytesRead, 0);
  if (bytesRead > total * limits.readFactor + (1 << 20)) {
    defects.push(`read ${bytesRead} bytes from ${total} bytes of input`);
  }
  if (millis > limits.millis) defects.push(`took ${Math.round(millis)} ms`);
  if (defects.length > 0) return { ok: false, reason: defects.join('; '), cause: firstDefect } as Outcome;
  return { ok: true, errorCodes: codes, millis, largestAlloc: largest } as Outcome;
}

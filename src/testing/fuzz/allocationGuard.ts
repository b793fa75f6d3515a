/**
 * Watches typed-array and ArrayBuffer allocations while a fuzz input is parsed: the global
 * constructors are replaced by proxies that record the largest size asked for and refuse (with an
 * AllocationViolation, never a SlimscopeError) anything above the current limit, so a parser that
 * trusts a huge length field fails the fuzz run instead of exhausting memory.
 * Only allocations through the global constructors are seen (`new Uint8Array(n)`, `new
 * ArrayBuffer(n)`); `slice()` of existing data is bounded by data that exists.
 */
export class AllocationViolation extends Error {
  constructor(
    readonly requested: number,
    readonly limit: number,
    readonly kind: string,
  ) {
    super(`Allocation of ${requested} bytes (${kind}) exceeds the fuzz limit of ${limit} bytes.`);
    this.name = 'AllocationViolation';
  }
}

const TYPED = [
  'ArrayBuffer',
  'SharedArrayBuffer',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;

type Ctor = new (...args: unknown[]) => unknown;

interface GuardState {
  limit: number;
  largest: number;
  largestKind: string;
}

let state: GuardState | undefined;
let originals: Map<string, Ctor> | undefined;

function requestedBytes(kind: string, ctor: Ctor, args: unknown[]): number {
  const n = args[0];
  if (typeof n !== 'number') return 0;
  const unit = (ctor as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1;
  return kind.endsWith('Buffer') ? n : n * unit;
}

function install(): void {
  if (originals) return;
  originals = new Map();
  const g = globalThis as unknown as Record<string, Ctor>;
  for (const kind of TYPED) {
    const original = g[kind];
    if (!original) continue;
    originals.set(kind, original);
    g[kind] = new Proxy(original, {
      construct(target, args, newTarget) {
        const bytes = requestedBytes(kind, target, args);
        if (state && bytes > state.largest) {
          state.largest = bytes;
          state.largestKind = kind;
        }
        if (state && bytes > state.limit) throw new AllocationViolation(bytes, state.limit, kind);
        return Reflect.construct(target, args, newTarget === g[kind] ? target : newTarget);
      },
    });
  }
}

/** Runs `fn` with allocations above `limit` bytes refused; returns its result and the largest seen. */
export async function withAllocationLimit<T>(
  limit: number,
  fn: () => Promise<T>,
): Promise<{ result: T; largest: number; largestKind: string }> {
  install();
  const previous = state;
  const mine: GuardState = { limit, largest: 0, largestKind: '' };
  state = mine;
  try {
    const result = await fn();
    return { result, largest: mine.largest, largestKind: mine.largestKind };
  } finally {
    state = previous;
  }
}

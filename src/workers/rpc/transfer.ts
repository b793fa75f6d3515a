// A handler marks which buffers of its result move to the caller instead of being copied; the
// serving loop passes them to postMessage. Marked by identity, so results stay plain data.
const marked = new WeakMap<object, Transferable[]>();

/** Returns `value`, marked so its `transfer` list is moved (detached in the sender) when posted. */
export function withTransfer<T extends object>(value: T, transfer: Transferable[]): T {
  marked.set(value, transfer);
  return value;
}

/** The transfer list marked on a result (empty when none). */
export function transferOf(value: unknown): Transferable[] {
  return typeof value === 'object' && value !== null ? (marked.get(value) ?? []) : [];
}

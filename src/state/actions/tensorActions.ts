import type { TensorSummary } from '../../formats/stats/tensorSummary';
import { checkpointClient } from '../checkpointClient';

const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<TensorSummary>>();

/**
 * Statistics, histogram and leading values of one tensor, computed in the checkpoint worker (the
 * tensor is read lazily from its shard there). Finished results are cached by handle and name.
 * Aborting `signal` sends the protocol's cancel, so the worker stops reading a large tensor the
 * user has already moved away from; a cancelled request is dropped from the cache.
 */
export function tensorSummary(handle: number, name: string, signal?: AbortSignal): Promise<TensorSummary> {
  const key = `${handle}\u0000${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pending = checkpointClient().call('summarize', { handle, name }, { signal });
  cache.set(key, pending);
  let settled = false;
  pending.then(
    () => (settled = true),
    () => cache.delete(key),
  );
  // An unfinished request is dropped at once, so selecting the tensor again starts a fresh
  // request rather than reusing the one being cancelled; finished results stay cached.
  const drop = () => !settled && cache.get(key) === pending && cache.delete(key);
  signal?.addEventListener('abort', drop, { once: true });
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return pending;
}

import type { TensorSummary } from '../../workers/checkpointCatalogue';
import { checkpointClient } from '../checkpointClient';

const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<TensorSummary>>();

/**
 * Statistics, histogram and leading values of one tensor, computed in the checkpoint worker (the
 * tensor is read lazily from its shard there). Recent results are cached by handle and name.
 */
export function tensorSummary(handle: number, name: string): Promise<TensorSummary> {
  const key = `${handle}\u0000${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pending = checkpointClient().call('summarize', { handle, name });
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return pending;
}

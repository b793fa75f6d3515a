import { toSlimscopeError } from '../../base/errors';
import type { TaskContext } from '../../base/progress';
import {
  PROTOCOL_VERSION,
  isToWorker,
  type Catalogue,
  type FromWorker,
  type MessagePortLike,
  type ToWorker,
} from './protocol';
import { transferOf } from './transfer';

/** What a handler is handed for one request: cancelled by the caller's `cancel`, progress sent back throttled. */
export type RequestContext = TaskContext;

export type Handlers<C extends Catalogue> = {
  [K in keyof C]: (params: C[K]['params'], ctx: RequestContext) => Promise<C[K]['result']>;
};

/** Progress is sent at most this often so a fast loop cannot flood the main thread. */
const PROGRESS_INTERVAL_MS = 80;

/**
 * Answers requests arriving on `port` with `handlers`; the worker entry files call this, and tests
 * call it on an in-thread loopback port. Every failure becomes an `error` message, never a throw.
 */
export function serveRequests<C extends Catalogue>(
  port: MessagePortLike<ToWorker<C>, FromWorker>,
  handlers: Handlers<C>,
): () => void {
  const running = new Map<number, { cancelled: boolean }>();
  const send = (m: FromWorker, transfer: Transferable[] = []) => port.postMessage(m, transfer);

  const onMessage = (event: { data: unknown }) => {
    const m = event.data;
    if (!isToWorker(m)) return;
    if (m.type === 'cancel') {
      const signal = running.get(m.id);
      if (signal) signal.cancelled = true;
      return;
    }
    const signal = { cancelled: false };
    running.set(m.id, signal);
    let lastProgress = 0;
    const ctx: RequestContext = {
      signal,
      onProgress(progress) {
        const now = Date.now();
        if (now - lastProgress < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
        lastProgress = now;
        send({ v: PROTOCOL_VERSION, type: 'progress', id: m.id, progress });
      },
    };
    const handler = handlers[m.kind as keyof C] as
      ((params: unknown, ctx: RequestContext) => Promise<unknown>) | undefined;
    const work = handler
      ? Promise.resolve().then(() => handler(m.params, ctx))
      : Promise.reject(new Error(`unknown request kind "${m.kind}"`));
    work
      .then(
        (result) => send({ v: PROTOCOL_VERSION, type: 'result', id: m.id, result }, transferOf(result)),
        (e: unknown) =>
          send({ v: PROTOCOL_VERSION, type: 'error', id: m.id, error: toSlimscopeError(e).toJSON() }),
      )
      .finally(() => running.delete(m.id));
  };
  port.addEventListener('message', onMessage);
  return () => port.removeEventListener('message', onMessage);
}

import { SlimscopeError } from '../../base/errors';
import type { Progress } from '../../base/progress';
import {
  PROTOCOL_VERSION,
  isFromWorker,
  type Catalogue,
  type FromWorker,
  type MessagePortLike,
  type ToWorker,
} from './protocol';
import { cancelledError } from '../../base/cancel';

export interface CallOptions {
  onProgress?: (p: Progress) => void;
  /** Aborting sends `cancel`; the call then rejects with a CANCELLED SlimscopeError. */
  signal?: AbortSignal;
  /** Moved to the worker with the request (detached here): big buffers, MessagePorts. */
  transfer?: Transferable[];
}

export interface WorkerClient<C extends Catalogue> {
  call<K extends keyof C & string>(
    kind: K,
    params: C[K]['params'],
    options?: CallOptions,
  ): Promise<C[K]['result']>;
  dispose(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: SlimscopeError): void;
  onProgress?: (p: Progress) => void;
}

/** Typed request/response calls over a worker port (a real Worker or the in-thread loopback). */
export function createWorkerClient<C extends Catalogue>(
  port: MessagePortLike<FromWorker, ToWorker<C>>,
): WorkerClient<C> {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const onMessage = (event: { data: unknown }) => {
    const m = event.data;
    if (!isFromWorker(m)) return;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.onProgress?.(m.progress);
      return;
    }
    pending.delete(m.id);
    if (m.type === 'result') p.resolve(m.result);
    else p.reject(new SlimscopeError(m.error));
  };
  port.addEventListener('message', onMessage);

  return {
    call(kind, params, options = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
          reject(cancelledError());
          return;
        }
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
        options.signal?.addEventListener(
          'abort',
          () => port.postMessage({ v: PROTOCOL_VERSION, type: 'cancel', id }),
          {
            once: true,
          },
        );
        port.postMessage(
          { v: PROTOCOL_VERSION, type: 'request', id, kind, params } as ToWorker<C>,
          options.transfer ?? [],
        );
      });
    },
    dispose() {
      port.removeEventListener('message', onMessage);
      for (const p of pending.values()) p.reject(cancelledError());
      pending.clear();
    },
  };
}

type Listener<T> = (event: { data: T }) => void;

/**
 * Two connected ports that deliver messages asynchronously in the same thread: the worker's
 * services run unchanged under Vitest and as a fallback where module workers are unavailable.
 */
export function createLoopback<A, B>(): [MessagePortLike<B, A>, MessagePortLike<A, B>] {
  const listeners: [Set<Listener<B>>, Set<Listener<A>>] = [new Set(), new Set()];
  const side = <In, Out>(mine: Set<Listener<In>>, theirs: Set<Listener<Out>>): MessagePortLike<In, Out> => ({
    postMessage(message) {
      setTimeout(() => theirs.forEach((l) => l({ data: message })), 0);
    },
    addEventListener: (_type, l) => mine.add(l),
    removeEventListener: (_type, l) => mine.delete(l),
  });
  return [side(listeners[0], listeners[1]), side(listeners[1], listeners[0])];
}

/**
 * A client of handlers that run in this thread and are loaded on first use (a dynamic import keeps
 * their code out of the page until then). Calls wait until the handlers listen, so none is lost.
 */
export function createLazyLoopbackClient<C extends Catalogue>(
  startServing: (port: MessagePortLike<ToWorker<C>, FromWorker>) => Promise<unknown>,
): WorkerClient<C> {
  const [clientPort, handlerPort] = createLoopback<ToWorker<C>, FromWorker>();
  const client = createWorkerClient<C>(clientPort);
  let serving: Promise<unknown> | null = null;
  return {
    call: (kind, params, options) =>
      (serving ??= startServing(handlerPort)).then(() => client.call(kind, params, options)),
    dispose: () => client.dispose(),
  };
}

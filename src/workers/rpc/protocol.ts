import type { SlimscopeErrorInit } from '../../base/errors';
import type { Progress } from '../../base/progress';

/**
 * The versioned message envelope between the main thread and a worker. Every request gets exactly
 * one `result` or `error` back, possibly after several `progress` messages; `cancel` asks the worker
 * to stop a running request, which then ends with a CANCELLED error.
 */
export const PROTOCOL_VERSION = 1;

/** A request kind's parameters and result. The catalogue of kinds lives with each service. */
export interface Method<P, R> {
  params: P;
  result: R;
}

export type Catalogue = Record<string, Method<unknown, unknown>>;

export type RequestMessage<C extends Catalogue = Catalogue> = {
  [K in keyof C & string]: {
    v: typeof PROTOCOL_VERSION;
    type: 'request';
    id: number;
    kind: K;
    params: C[K]['params'];
  };
}[keyof C & string];

export interface CancelMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'cancel';
  id: number;
}

export interface ProgressMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'progress';
  id: number;
  progress: Progress;
}

export interface ResultMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'result';
  id: number;
  result: unknown;
}

export interface ErrorMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'error';
  id: number;
  error: SlimscopeErrorInit;
}

export type ToWorker<C extends Catalogue = Catalogue> = RequestMessage<C> | CancelMessage;
export type FromWorker = ProgressMessage | ResultMessage | ErrorMessage;

/** The minimal port both a real Worker and the in-thread loopback implement. */
export interface MessagePortLike<In, Out> {
  postMessage(message: Out, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: In }) => void): void;
}

/** Structural check of a message from a worker; anything else is a protocol violation. */
export function isFromWorker(data: unknown): data is FromWorker {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.v === PROTOCOL_VERSION &&
    typeof m.id === 'number' &&
    (m.type === 'progress' || m.type === 'result' || m.type === 'error')
  );
}

export function isToWorker(data: unknown): data is ToWorker {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.v !== PROTOCOL_VERSION || typeof m.id !== 'number') return false;
  return m.type === 'cancel' || (m.type === 'request' && typeof m.kind === 'string');
}

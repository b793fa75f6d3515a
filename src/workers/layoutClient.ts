import { SlimscopeError } from '../base/errors';
import { layoutGraph, type LayoutRequest, type LayoutResult } from './layoutGraph';
import { LAYOUT_PROTOCOL_VERSION, type LayoutJob, type LayoutReply } from './layoutProtocol';

interface Pending {
  request: LayoutRequest;
  resolve: (r: LayoutResult) => void;
  reject: (e: Error) => void;
}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function runInThread(p: Pending): void {
  layoutGraph(p.request).then(p.resolve, p.reject);
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined' || workerBroken) return null;
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (ev: MessageEvent<LayoutReply>) => {
    const reply = ev.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.kind === 'result') p.resolve(reply.result);
    else p.reject(new SlimscopeError(reply.error));
  };
  w.onerror = () => {
    // A worker that cannot start must not leave callers hanging: finish their jobs in-thread.
    workerBroken = true;
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    jobs.forEach(runInThread);
  };
  return w;
}

/** Lays out a graph in the layout worker (in-thread where workers are unavailable). */
export function requestLayout(request: LayoutRequest): Promise<LayoutResult> {
  worker ??= startWorker();
  return new Promise((resolve, reject) => {
    const p: Pending = { request, resolve, reject };
    if (!worker) return runInThread(p);
    const id = nextId++;
    pending.set(id, p);
    const job: LayoutJob = { v: LAYOUT_PROTOCOL_VERSION, id, request };
    worker.postMessage(job);
  });
}

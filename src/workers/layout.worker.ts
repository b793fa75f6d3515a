/// <reference lib="webworker" />
import { toSlimscopeError } from '../base/errors';
import { layoutGraph } from './layoutGraph';
import { LAYOUT_PROTOCOL_VERSION, isLayoutJob, type LayoutReply } from './layoutProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (ev: MessageEvent<unknown>) => {
  const job = ev.data;
  if (!isLayoutJob(job)) return;
  let reply: LayoutReply;
  try {
    reply = {
      v: LAYOUT_PROTOCOL_VERSION,
      id: job.id,
      kind: 'result',
      result: await layoutGraph(job.request),
    };
  } catch (e) {
    reply = { v: LAYOUT_PROTOCOL_VERSION, id: job.id, kind: 'error', error: toSlimscopeError(e).toJSON() };
  }
  scope.postMessage(reply);
};

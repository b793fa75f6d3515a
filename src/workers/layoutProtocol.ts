import type { SlimscopeErrorInit } from '../base/errors';
import type { LayoutRequest, LayoutResult } from './layoutGraph';

export const LAYOUT_PROTOCOL_VERSION = 1;

/** Main thread → layout worker. */
export interface LayoutJob {
  v: typeof LAYOUT_PROTOCOL_VERSION;
  id: number;
  request: LayoutRequest;
}

/** Layout worker → main thread: the result or a typed error, tagged with the job id. */
export type LayoutReply =
  | { v: typeof LAYOUT_PROTOCOL_VERSION; id: number; kind: 'result'; result: LayoutResult }
  | { v: typeof LAYOUT_PROTOCOL_VERSION; id: number; kind: 'error'; error: SlimscopeErrorInit };

export function isLayoutJob(m: unknown): m is LayoutJob {
  if (typeof m !== 'object' || m === null) return false;
  const j = m as Partial<LayoutJob>;
  return j.v === LAYOUT_PROTOCOL_VERSION && typeof j.id === 'number' && typeof j.request === 'object';
}

import type { Method } from '../rpc/protocol';
import { layoutGraph, type LayoutRequest, type LayoutResult } from './layoutGraph';
import type { Handlers } from '../rpc/serve';

/** The layout worker's request catalogue (on the shared worker protocol). */
export type LayoutCatalogue = {
  layout: Method<LayoutRequest, LayoutResult>;
};

export const layoutHandlers: Handlers<LayoutCatalogue> = {
  layout: (request) => layoutGraph(request),
};

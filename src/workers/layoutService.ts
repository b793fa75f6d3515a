import type { Method } from './protocol';
import { layoutGraph, type LayoutRequest, type LayoutResult } from './layoutGraph';
import type { Handlers } from './serve';

/** The layout worker's request catalogue (on the shared worker protocol). */
export type LayoutCatalogue = {
  layout: Method<LayoutRequest, LayoutResult>;
};

export const layoutHandlers: Handlers<LayoutCatalogue> = {
  layout: (request) => layoutGraph(request),
};

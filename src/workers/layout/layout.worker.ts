/// <reference lib="webworker" />
import type { FromWorker, MessagePortLike, ToWorker } from '../rpc/protocol';
import { serveRequests } from '../rpc/serve';
import { layoutHandlers, type LayoutCatalogue } from './layoutService';

serveRequests<LayoutCatalogue>(
  self as unknown as MessagePortLike<ToWorker<LayoutCatalogue>, FromWorker>,
  layoutHandlers,
);

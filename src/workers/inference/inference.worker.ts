/// <reference lib="webworker" />
import { BROWSER_WASM_PATHS } from '../../inference/browserWasmPaths';
import { inferenceHandlers, type InferenceCatalogue } from './inferenceEngine';
import type { FromWorker, MessagePortLike, ToWorker } from '../rpc/protocol';
import { serveRequests } from '../rpc/serve';

// Every backend runs here so the page stays responsive (WebGL on an OffscreenCanvas; see inferenceClient).
serveRequests<InferenceCatalogue>(
  self as unknown as MessagePortLike<ToWorker<InferenceCatalogue>, FromWorker>,
  inferenceHandlers({ wasmPaths: BROWSER_WASM_PATHS }),
);

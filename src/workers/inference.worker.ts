/// <reference lib="webworker" />
import { BROWSER_WASM_PATHS } from '../inference/browserWasmPaths';
import { inferenceHandlers, type InferenceCatalogue } from './inferenceEngine';
import type { FromWorker, MessagePortLike, ToWorker } from './protocol';
import { serveRequests } from './serve';

// WASM and CPU run here so the page stays responsive; WebGL runs in the page (see inferenceClient).
serveRequests<InferenceCatalogue>(
  self as unknown as MessagePortLike<ToWorker<InferenceCatalogue>, FromWorker>,
  inferenceHandlers({ wasmPaths: BROWSER_WASM_PATHS }),
);

import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { useBackend } from './backend';
import type { BackendName } from './backendNames';

/** The installed package's dist folder, where its .wasm files live (Node only). */
export function nodeWasmDir(): string {
  const require = createRequire(import.meta.url);
  return `${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`;
}

/** Node (CLI, tests, bench): CPU or WASM with the binaries read from node_modules. */
export function useNodeBackend(name: BackendName): Promise<BackendName> {
  return useBackend(name, { wasmPaths: nodeWasmDir() });
}

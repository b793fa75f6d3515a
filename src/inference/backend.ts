import * as tf from '@tensorflow/tfjs-core';
import { SlimscopeError } from '../base/errors';
import type { BackendName } from './backendNames';

export interface BackendOptions {
  /**
   * Where the WASM binaries are served from: a directory/URL prefix ending in `/`, or one URL per
   * file name (`tfjs-backend-wasm-simd.wasm`, …). The browser must use its own origin, never a CDN.
   */
  wasmPaths?: string | Record<string, string>;
}

let wasmConfigured = false;

async function registerBackend(name: BackendName, options: BackendOptions): Promise<void> {
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  else if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  else {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (!wasmConfigured) {
      // Threads need cross-origin isolation and gain little for NASNet's many small ops.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths as never);
      wasmConfigured = true;
    }
  }
}

/** Makes `name` the active TF.js backend (registering it on first use) and waits until it is ready. */
export async function useBackend(name: BackendName, options: BackendOptions = {}): Promise<BackendName> {
  if (tf.getBackend() === name) return name;
  await registerBackend(name, options);
  const ok = await tf.setBackend(name).catch(() => false);
  if (!ok) {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: '',
      problem: `The ${name} backend could not be started here.`,
      hint: name === 'webgl' ? 'Pick WASM or CPU instead (no usable GPU/WebGL).' : 'Pick another backend.',
    });
  }
  await tf.ready();
  return name;
}

export function activeBackend(): string {
  return tf.getBackend();
}

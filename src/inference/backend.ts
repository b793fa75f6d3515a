import * as tf from '@tensorflow/tfjs-core';
import { SlimscopeError } from '../base/errors';
import type { BackendName } from './backendNames';

export interface BackendOptions {
  /**
   * Where the WASM binaries are served from: a directory/URL prefix ending in `/`, or one URL per
   * file name (`tfjs-backend-wasm-simd.wasm`, …). The browser must use its own origin, never a CDN.
   */
  wasmPaths?: string | Record<string, string>;
  /**
   * Threads for WASM. Above 1 the threaded SIMD binary runs (XNNPACK's thread pool), which needs
   * SharedArrayBuffer: a cross-origin isolated worker. Elsewhere WASM runs single-threaded.
   */
  threads?: number;
}

/** How long a threaded WASM start may take before it counts as hung and WASM restarts on 1 thread. */
const THREADED_START_TIMEOUT_MS = 30_000;

let wasmConfigured = false;
let wasmFactory: (() => tf.KernelBackend | Promise<tf.KernelBackend>) | null = null;
/** Threads the registered WASM backend starts (or started) with. */
let wasmThreads = 1;
let threadedStartFailed = false;

/**
 * True where TF.js may run WASM on several threads: a cross-origin isolated worker (the page's own
 * thread must not block on atomics, and SharedArrayBuffer exists only when isolated).
 */
export function wasmThreadsSupported(): boolean {
  const g = globalThis as { crossOriginIsolated?: boolean; WorkerGlobalScope?: unknown };
  return (
    g.crossOriginIsolated === true &&
    typeof SharedArrayBuffer !== 'undefined' &&
    typeof g.WorkerGlobalScope !== 'undefined' &&
    !threadedStartFailed
  );
}

/** The thread count WASM will use for a request of `requested` threads here. */
export function effectiveWasmThreads(requested: number | undefined): number {
  const n = Math.max(1, Math.floor(requested ?? 1));
  return wasmThreadsSupported() ? n : 1;
}

/**
 * TF.js WASM caps its thread pool at navigator.hardwareConcurrency / 2 (it assumes two hardware
 * threads per core), read once when the module starts: on a 2-core machine it could never use 2
 * threads. Within this worker only, report enough cores for the count asked for (the UI offers at
 * most the real core count).
 */
function reportCoresFor(threads: number): void {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  if (!nav || (nav.hardwareConcurrency ?? 0) >= 2 * threads) return;
  Object.defineProperty(nav, 'hardwareConcurrency', { configurable: true, get: () => 2 * threads });
}

async function registerWasm(options: BackendOptions, threads: number): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  if (!wasmConfigured) {
    if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths as never);
    wasmFactory = tf.findBackendFactory('wasm');
    wasmConfigured = true;
  }
  if (threads !== wasmThreads) {
    // The thread count is fixed when the WASM module starts: start a new one.
    tf.removeBackend('wasm');
    if (wasmFactory) tf.registerBackend('wasm', wasmFactory, 2);
  }
  // 1 thread: the plain SIMD binary (no atomics on every memory access); more: the threaded one.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
  if (threads > 1) reportCoresFor(threads);
  wasm.setThreadsCount(threads);
  wasmThreads = threads;
}

async function registerBackend(name: BackendName, options: BackendOptions): Promise<void> {
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  else if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  else await registerWasm(options, effectiveWasmThreads(options.threads));
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

async function start(name: BackendName): Promise<boolean> {
  const started = tf.setBackend(name).catch(() => false);
  if (name !== 'wasm' || wasmThreads === 1) return started;
  const outcome = await Promise.race([started, timeout(THREADED_START_TIMEOUT_MS)]);
  return outcome === true;
}

/** True when `name` already runs as asked (for WASM: with the same thread count). */
export function isActiveBackend(name: BackendName, options: BackendOptions = {}): boolean {
  const sameThreads = name !== 'wasm' || effectiveWasmThreads(options.threads) === wasmThreads;
  return tf.getBackend() === name && sameThreads;
}

/**
 * Leaving WebGL frees its context, textures and shader cache; without a GPU the context's software
 * renderer also keeps threads that slow WASM down. It is registered again, so switching back
 * starts afresh (shaders compile again).
 */
function releaseWebgl(): void {
  const factory = tf.findBackendFactory('webgl');
  // Not tf.findBackend: it would start WebGL just to answer.
  if (!factory || !('webgl' in tf.engine().registry)) return;
  tf.removeBackend('webgl');
  tf.registerBackend('webgl', factory, 2);
}

/** Makes `name` the active TF.js backend (registering it on first use) and waits until it is ready. */
export async function useBackend(name: BackendName, options: BackendOptions = {}): Promise<BackendName> {
  if (isActiveBackend(name, options)) return name;
  if (name !== 'webgl') releaseWebgl();
  await registerBackend(name, options);
  let ok = await start(name);
  if (!ok && name === 'wasm' && wasmThreads > 1) {
    // Threaded WASM failed or hung starting (e.g. its worker script was refused): run on 1 thread.
    threadedStartFailed = true;
    await registerWasm(options, 1);
    ok = await start(name);
  }
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

/** Threads the active backend computes on (1 unless it is threaded WASM). */
export async function backendThreads(): Promise<number> {
  if (tf.getBackend() !== 'wasm' || wasmThreads === 1) return 1;
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  return wasm.getThreadsCount();
}

export function activeBackend(): string {
  return tf.getBackend();
}

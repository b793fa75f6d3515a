import { afterEach, describe, expect, it } from 'vitest';
import { backendThreads, effectiveWasmThreads, isActiveBackend, wasmThreadsSupported } from './backend';
import { useNodeBackend } from './nodeBackend';

describe('WASM threads', () => {
  const g = globalThis as { crossOriginIsolated?: boolean };
  afterEach(() => delete g.crossOriginIsolated);

  it('stay at one where the context is not a cross-origin isolated worker', () => {
    expect(wasmThreadsSupported()).toBe(false);
    expect(effectiveWasmThreads(4)).toBe(1);
    // Isolation alone is not enough: a page's own thread must not block on atomics.
    g.crossOriginIsolated = true;
    expect(wasmThreadsSupported()).toBe(false);
    expect(effectiveWasmThreads(4)).toBe(1);
  });

  it('a request for several threads outside isolation runs WASM on one', async () => {
    await useNodeBackend('wasm');
    expect(isActiveBackend('wasm', { threads: 4 })).toBe(true);
    expect(await backendThreads()).toBe(1);
  });
});

describe('leaving WebGL', () => {
  it('releases its backend and keeps it registered for a later switch back', async () => {
    const { MathBackendCPU } = await import('@tensorflow/tfjs-backend-cpu');
    const tf = await import('@tensorflow/tfjs-core');
    // Node has no WebGL: a stand-in registered under its name.
    let started = 0;
    tf.registerBackend('webgl', () => (started++, new MathBackendCPU()), 0);
    try {
      await tf.setBackend('webgl');
      expect(tf.engine().registry).toHaveProperty('webgl');
      await useNodeBackend('cpu');
      expect(tf.engine().registry).not.toHaveProperty('webgl');
      expect(tf.findBackendFactory('webgl')).not.toBeNull();
      await tf.setBackend('webgl');
      expect(started).toBe(2);
    } finally {
      tf.removeBackend('webgl');
    }
  });
});

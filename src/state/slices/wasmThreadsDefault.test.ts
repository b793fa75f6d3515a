import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultWasmThreads, maxWasmThreads } from './verifySlice';

describe('WASM thread choices', () => {
  afterEach(() => vi.unstubAllGlobals());

  const machine = (cores: number, isolated: boolean) => {
    vi.stubGlobal('crossOriginIsolated', isolated);
    vi.stubGlobal('navigator', { hardwareConcurrency: cores });
  };

  it('offer every core (at most 8) but start on half of them, at most 4, where isolated', () => {
    const rows = [1, 2, 4, 6, 8, 16].map((cores) => {
      machine(cores, true);
      return [cores, maxWasmThreads(), defaultWasmThreads()];
    });
    expect(rows).toEqual([
      [1, 1, 1],
      [2, 2, 1],
      [4, 4, 2],
      [6, 6, 3],
      [8, 8, 4],
      [16, 8, 4],
    ]);
  });

  it('are one thread where the page is not cross-origin isolated', () => {
    machine(8, false);
    expect([maxWasmThreads(), defaultWasmThreads()]).toEqual([1, 1]);
  });
});

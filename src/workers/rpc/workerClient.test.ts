import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import type { Progress } from '../../base/progress';
import type { FromWorker, Method, ToWorker } from './protocol';
import { serveRequests } from './serve';
import { createLazyLoopbackClient, createLoopback, createWorkerClient } from './workerClient';

type Catalogue = {
  double: Method<{ x: number }, number>;
  count: Method<{ to: number }, number>;
  fail: Method<Record<string, never>, never>;
};

function setup() {
  const [clientPort, workerPort] = createLoopback<ToWorker<Catalogue>, FromWorker>();
  serveRequests<Catalogue>(workerPort, {
    double: async ({ x }) => 2 * x,
    count: async ({ to }, ctx) => {
      for (let i = 0; i < to; i++) {
        if (ctx.signal.cancelled)
          throw new SlimscopeError({ code: 'CANCELLED', file: '', problem: 'Cancelled.', hint: '' });
        ctx.onProgress({ phase: 'count', done: i + 1, total: to });
        await new Promise((r) => setTimeout(r, 1));
      }
      return to;
    },
    fail: async () => {
      throw new SlimscopeError({
        code: 'BAD_MAGIC',
        file: 'x.index',
        problem: 'Not an index.',
        hint: 'Pick one.',
      });
    },
  });
  return createWorkerClient<Catalogue>(clientPort);
}

describe('worker protocol over the in-thread loopback', () => {
  it('returns results and reports the final progress', async () => {
    const client = setup();
    expect(await client.call('double', { x: 21 })).toBe(42);
    const seen: Progress[] = [];
    expect(await client.call('count', { to: 5 }, { onProgress: (p) => seen.push(p) })).toBe(5);
    expect(seen[seen.length - 1]).toEqual({ phase: 'count', done: 5, total: 5 });
  });
  it('turns a thrown error into the same typed SlimscopeError', async () => {
    const client = setup();
    const e = await client.call('fail', {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SlimscopeError);
    expect((e as SlimscopeError).code).toBe('BAD_MAGIC');
    expect((e as SlimscopeError).file).toBe('x.index');
  });
  it('cancels a running request', async () => {
    const client = setup();
    const abort = new AbortController();
    const running = client.call('count', { to: 10_000 }, { signal: abort.signal });
    setTimeout(() => abort.abort(), 20);
    const e = await running.catch((x: unknown) => x);
    expect((e as SlimscopeError).code).toBe('CANCELLED');
  });
  it('a lazily loaded in-thread client loses no call made before its handlers listen', async () => {
    let loads = 0;
    const client = createLazyLoopbackClient<Catalogue>(async (port) => {
      loads++;
      await new Promise((r) => setTimeout(r, 30)); // a slow dynamic import
      serveRequests<Catalogue>(port, {
        double: async ({ x }) => 2 * x,
        count: async ({ to }) => to,
        fail: async () => {
          throw new Error('unused');
        },
      });
    });
    expect(await Promise.all([client.call('double', { x: 1 }), client.call('double', { x: 2 })])).toEqual([
      2, 4,
    ]);
    expect(await client.call('count', { to: 3 })).toBe(3);
    expect(loads).toBe(1);
  });
  it('a lazily loaded client whose handlers fail to load rejects its calls', async () => {
    const client = createLazyLoopbackClient<Catalogue>(() => Promise.reject(new Error('chunk failed')));
    await expect(client.call('double', { x: 1 })).rejects.toThrow('chunk failed');
  });
});

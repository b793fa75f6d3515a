// Verify's weights go from the checkpoint handlers to the engine over a MessageChannel with their
// buffers transferred: nothing stays on the page, and the engine still reproduces the oracle.
import { readFileSync } from 'node:fs';
import { MessagePort as NodeMessagePort } from 'node:worker_threads';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { decodeNpy } from '../../formats/numpy/npy';
import { COMPARE_TOLERANCE, compareLogits } from '../../inference/compareLogits';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { postWeights, readMappedWeights } from '../../workers/checkpoint/inferenceWeights';
import { loadWeights, releaseWeights, runBatch } from './verifyModel';

const oracle = (f: string) => join(oracleDir, 'nasnet-mobile', f);
const ctx = { signal: { cancelled: false }, onProgress: () => undefined };

/** Every Float32Array reachable from `value` (what the page would keep hold of). */
function float32ArraysIn(value: unknown, seen = new Set<unknown>()): Float32Array[] {
  if (value instanceof Float32Array) return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => float32ArraysIn(v, seen));
}

afterEach(() => {
  vi.restoreAllMocks();
  releaseWeights();
});

describe('weights over a MessageChannel', () => {
  it('postWeights moves the buffers (detached in the sender) and the receiver gets the values', async () => {
    const { port1, port2 } = new MessageChannel();
    const values = [new Float32Array([1, 2, 3]), new Float32Array([4])];
    const received = new Promise<unknown>((resolve) => {
      port2.addEventListener('message', (e) => resolve(e.data), { once: true });
      port2.start();
    });
    postWeights(port1, { names: ['a', 'b'], values });
    expect(values.map((v) => v.buffer.byteLength)).toEqual([0, 0]);
    expect(await received).toEqual({
      names: ['a', 'b'],
      values: [new Float32Array([1, 2, 3]), new Float32Array([4])],
    });
    port2.close();
  });
});

describe.skipIf(!haveSharedFixtures())(
  'Verify weights without a page copy (NASNet oracle, in-thread)',
  () => {
    it('installs in the engine with no Float32Array left on the page and matches the oracle logits', async () => {
      const reader = await openNodeCheckpoint(oracle('model.ckpt'));
      const posted: unknown[] = [];
      const post = NodeMessagePort.prototype.postMessage;
      vi.spyOn(NodeMessagePort.prototype, 'postMessage').mockImplementation(function (
        this: NodeMessagePort,
        ...args: Parameters<typeof post>
      ) {
        posted.push(args[0]);
        return post.apply(this, args);
      });
      let reads = 0;
      const read = (port: MessagePort) => {
        reads++;
        return readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs: null, port }, ctx);
      };
      const result = await loadWeights('cpu', 'nasnet-mobile', 1001, 'oracle', read, read);
      expect(reads).toBe(1);
      expect(result.missing).toEqual([]);
      expect(result.names.length).toBeGreaterThan(1000);
      // What the page got back holds names only; the values crossed the port and left this side empty.
      expect(float32ArraysIn(result)).toEqual([]);
      const sent = posted.flatMap((m) => float32ArraysIn(m));
      expect(sent).toHaveLength(result.names.length);
      expect(sent.every((v) => v.buffer.byteLength === 0)).toBe(true);

      const input = decodeNpy(readFileSync(oracle('input.npy')), 'input.npy');
      const tensor = { values: input.values as Float32Array, shape: input.shape };
      const r = await runBatch('cpu', 1, [{ tensor }]);
      // The engine that loaded them runs without reading again.
      expect(reads).toBe(1);
      const ref = decodeNpy(readFileSync(oracle('logits.npy')), 'logits.npy');
      const c = compareLogits(
        r.logits,
        [2, 1001],
        ref.values as Float32Array,
        ref.shape,
        COMPARE_TOLERANCE.cpu,
      );
      expect(c.pass).toBe(true);
    });

    it('a failed read rejects and leaves no weights in the engine (it is told none will come)', async () => {
      const reader = await openNodeCheckpoint(oracle('model.ckpt'));
      const pairs = [{ checkpoint: 'no/such/weights', graph: 'conv0/weights', transform: [] }];
      const read = (port: MessagePort) =>
        readMappedWeights(reader, { handle: 1, model: 'nasnet-mobile', pairs, port }, ctx);
      await expect(loadWeights('cpu', 'nasnet-mobile', 1001, 'oracle', read, read)).rejects.toMatchObject({
        code: 'BAD_MAPPING',
      });
      const input = decodeNpy(readFileSync(oracle('input.npy')), 'input.npy');
      const tensor = { values: input.values as Float32Array, shape: input.shape };
      await expect(runBatch('cpu', 1, [{ tensor }])).rejects.toThrow(/No weights/);
    });
  },
);

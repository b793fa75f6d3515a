// Verify's weights go from the checkpoint handlers to the engine over a MessageChannel with their
// buffers transferred: nothing stays on the page, and the engine still reproduces the oracle.
import { MessagePort as NodeMessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { haveSharedFixtures } from '../../testing/fixtures';
import { againstOracleLogits, nasnetOracle, oracleInputTensor } from '../../testing/nasnetOracle';
import { readMappedWeights } from '../../workers/checkpoint/inferenceWeights';
import { CHUNK_BYTES, receiveWeights, WeightSender } from '../../workers/checkpoint/weightsOverPort';
import { loadWeights, releaseWeights, runBatch } from './verifyModel';

const oracle = nasnetOracle;
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
  it('moves the buffers in chunks (detached in the sender), each acknowledged, then says it ended', async () => {
    const { port1, port2 } = new MessageChannel();
    // Two tensors of 0.6 chunk and a small one: the first chunk closes on the second, the rest goes with 'end'.
    const n = Math.round((0.6 * CHUNK_BYTES) / 4);
    const big = () => new Float32Array(n).fill(1.5);
    const values = [big(), big(), new Float32Array([4])];
    const chunks: string[][] = [];
    const received: Float32Array[] = [];
    const ended = receiveWeights(port2, (names, v) => {
      chunks.push(names);
      received.push(...v);
      return [];
    });
    const sender = new WeightSender(port1);
    for (const [i, v] of values.entries()) await sender.add(`w${i}`, v);
    await sender.end();
    expect(await ended).toBe(true);
    expect(chunks).toEqual([['w0', 'w1'], ['w2']]);
    expect(values.map((v) => v.buffer.byteLength)).toEqual([0, 0, 0]);
    expect(received.map((v) => v.length)).toEqual([n, n, 1]);
    expect(received[1]![12345]).toBe(1.5);
    expect(received[2]).toEqual(new Float32Array([4]));
  });

  it('posts the next chunk only once the engine took the last, and copies a view of a larger buffer', async () => {
    const { port1, port2 } = new MessageChannel();
    const sender = new WeightSender(port1);
    let acked = false;
    const arrivals: number[] = [];
    port2.onmessage = (e: MessageEvent) => arrivals.push(e.data === 'end' ? -1 : e.data.names.length);
    const chunk = () => new Float32Array(CHUNK_BYTES / 4);
    await sender.add('a', chunk());
    const second = sender.add('b', chunk()).then(() => expect(acked).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(arrivals).toEqual([1]);
    acked = true;
    port2.postMessage({ ack: true, spent: [] });
    await second;
    // A view into a buffer the reader may still use is sent as a copy: the buffer stays.
    const shared = new Float32Array(8).fill(2);
    await sender.add('view', shared.subarray(2, 4));
    port2.postMessage({ ack: true, spent: [] });
    await sender.end();
    await new Promise((r) => setTimeout(r, 20));
    expect(arrivals).toEqual([1, 1, 1, -1]);
    expect(shared.buffer.byteLength).toBe(32);
    port2.close();
  });

  it('hands spent buffers back with the acknowledgement (moved out of the engine)', async () => {
    const { port1, port2 } = new MessageChannel();
    const kept: Float32Array[] = [];
    const ended = receiveWeights(port2, (names, v) => {
      kept.push(...v);
      return v.filter((_, i) => names[i] === 'spent').map((x) => x.buffer as ArrayBuffer);
    });
    const sender = new WeightSender(port1);
    await sender.add('spent', new Float32Array(CHUNK_BYTES / 4));
    await sender.add('kept', new Float32Array(CHUNK_BYTES / 4));
    await sender.end();
    expect(await ended).toBe(true);
    expect(kept.map((v) => v.length)).toEqual([0, CHUNK_BYTES / 4]);
  });

  it('stops reading with an error when the engine says stop', async () => {
    const { port1, port2 } = new MessageChannel();
    const sender = new WeightSender(port1);
    port2.onmessage = () => port2.postMessage('stop');
    await sender.add('a', new Float32Array(CHUNK_BYTES / 4));
    await new Promise((r) => setTimeout(r, 20));
    await expect(sender.add('b', new Float32Array(CHUNK_BYTES / 4))).rejects.toThrow(/stopped taking/);
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

      const tensor = oracleInputTensor();
      const r = await runBatch('cpu', 1, [{ tensor }]);
      // The engine that loaded them runs without reading again.
      expect(reads).toBe(1);
      const c = againstOracleLogits(r.logits, 'cpu');
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
      const tensor = oracleInputTensor();
      await expect(runBatch('cpu', 1, [{ tensor }])).rejects.toThrow(/No weights/);
    });
  },
);

import type { ByteSource } from '../../formats/bytes/byteSource';
import { blobByteSource } from '../../formats/bytes/blobByteSource';
import { listWeightSources, openCheckpoint, pickSource } from '../../formats/open';
import type { CheckpointCatalogue, InputFile, OpenedCheckpoint } from './checkpointCatalogue';
import { CheckpointRegistry } from './checkpointRegistry';
import { hashKeyFile, identifyCheckpoint } from '../../formats/mapping/checkpointIdentity';
import { generateDemoCheckpoint } from './demo/demoCheckpoint';
import type { FromWorker, MessagePortLike, ToWorker } from '../rpc/protocol';
import { serveRequests, type Handlers, type RequestContext } from '../rpc/serve';
import { summarizeTensor } from '../../formats/stats/tensorSummary';
import { scanStatistics } from '../../formats/stats/statsScan';
import { assertNotCancelled } from '../../base/cancel';
import { exportHandlers } from './exportService';
import { compareHandlers } from './compareService';
import { matchingHandlers, requireSession, type HeldSession } from './matchingService';
import { readMappedWeights } from './inferenceWeights';
import { sessionPairs } from '../../matching/session';
import { NpyValueStore, withNpyValues } from './npyValues';
import { columnBuffers, encodeVariables } from './variableColumns';
import { splitsDots } from './scopeColumns';
import { withTransfer } from '../rpc/transfer';

const toSources = (files: InputFile[]): ByteSource[] => files.map((f) => blobByteSource(f.file, f.path));

async function openSources(
  registry: CheckpointRegistry,
  files: ByteSource[],
  prefix: string,
  synthetic: boolean,
  ctx: RequestContext,
): Promise<OpenedCheckpoint> {
  const source = pickSource(await listWeightSources(files), prefix);
  ctx.onProgress({ phase: 'reading the index', done: 0, total: 1 });
  // The identity's hash needs only the index file's bytes (digested off this thread): start it
  // while the reader parses them, so the listing does not wait for it afterwards.
  const indexHash = hashKeyFile(source.keyFile);
  indexHash.catch(() => undefined); // awaited below; a failure meanwhile is not unhandled
  const reader = await source.open();
  const indexReadAt = performance.timeOrigin + performance.now();
  assertNotCancelled(ctx.signal);
  const columns = encodeVariables(reader.variables, splitsDots(reader.format));
  const { identity, key } = await identifyCheckpoint(reader, source.keyFile, source.files, indexHash);
  const meta = registry.add(reader, identity, (handle) => ({
    handle,
    prefix: reader.prefix || prefix,
    format: reader.format,
    files: source.files.map((f) => ({ name: f.name, size: f.size })),
    identity: key,
    synthetic,
    warnings: reader.warnings.map((w) => w.toJSON()),
  }));
  return withTransfer({ ...meta, columns, indexReadAt }, columnBuffers(columns));
}

/** The request handlers of the checkpoint worker; also used in-thread by tests and the fallback. */
export function checkpointHandlers(registry = new CheckpointRegistry()): Handlers<CheckpointCatalogue> {
  const held = new Map<number, HeldSession>();
  const npy = new NpyValueStore();
  const readerOf = (handle: number) => withNpyValues(registry.get(handle).reader, npy.of(handle));
  return {
    ...matchingHandlers(registry, held, npy),
    ...exportHandlers(registry, (handle) => requireSession(held, registry, handle).session, readerOf),
    ...compareHandlers(registry),
    async listPrefixes({ files }) {
      const sources = toSources(files);
      const candidates = await listWeightSources(sources);
      // Nothing openable: the reader's own diagnosis (a .data without its .index, not a checkpoint…).
      if (candidates.length === 0) await openCheckpoint(sources);
      return candidates.map((c) => ({
        prefix: c.prefix,
        files: c.files.map((f) => f.name),
        suggested: c.suggested,
      }));
    },
    open: ({ files, prefix }, ctx) => openSources(registry, toSources(files), prefix, false, ctx),
    async openDemo(_params, ctx) {
      const demo = await generateDemoCheckpoint(ctx);
      return openSources(registry, demo.files, demo.prefix, true, ctx);
    },
    async close({ handle }) {
      registry.delete(handle);
      held.delete(handle);
      npy.delete(handle);
      return null;
    },
    summarize: ({ handle, name }, ctx) => summarizeTensor(registry.get(handle).reader, name, ctx),
    scanStatistics: ({ handle }, ctx) => scanStatistics(registry.get(handle).reader, ctx),
    async readMappedWeights(params, ctx) {
      const reader = readerOf(params.handle);
      if (!params.fromSession) return readMappedWeights(reader, params, ctx);
      const pairs = sessionPairs(requireSession(held, registry, params.handle).session);
      return readMappedWeights(reader, { ...params, pairs }, ctx);
    },
  };
}

export function serveCheckpointRequests(
  port: MessagePortLike<ToWorker<CheckpointCatalogue>, FromWorker>,
): () => void {
  return serveRequests<CheckpointCatalogue>(port, checkpointHandlers());
}

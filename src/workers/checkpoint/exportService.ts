import { SlimscopeError } from '../../base/errors';
import type { ExportEntry } from '../../formats/export/exportPlan';
import { exportToBlobs } from '../../formats/export/blobExport';
import { exportRekeyed } from '../../formats/export/exportStream';
import { exportNpzChunks } from '../../formats/export/npzExport';
import { encodeNpy } from '../../formats/numpy/npy';
import { sessionPairs, type MatchSession } from '../../matching/session';
import { applyTransform } from '../../matching/transforms';
import type { CheckpointReader } from '../../formats/checkpoint';
import type { CheckpointRegistry } from './checkpointRegistry';
import type { ExportCatalogue } from './exportCatalogue';
import type { Handlers, RequestContext } from '../rpc/serve';

/** The mapped pairs as export entries: untransformed tensors are copied, the rest produced. */
function entriesOf(session: MatchSession, reader: CheckpointReader): ExportEntry[] {
  return sessionPairs(session).map((p): ExportEntry => {
    if (p.how === 'npy') {
      // A value set from a .npy: materialized (no stored bytes to copy).
      const tensor = async () => ({ ...(await reader.readTensor(p.checkpoint)), name: p.graph });
      return { graphName: p.graph, source: { kind: 'tensor', tensor } };
    }
    const transform = p.transform;
    if (!transform || transform.length === 0) {
      return { graphName: p.graph, source: { kind: 'copy', checkpointName: p.checkpoint } };
    }
    const tensor = async () => applyTransform(await reader.readTensor(p.checkpoint), transform);
    return { graphName: p.graph, source: { kind: 'tensor', checkpointName: p.checkpoint, tensor } };
  });
}

const stem = (prefix: string): string =>
  prefix.slice(prefix.lastIndexOf('/') + 1).replace(/\W+$/, '') || 'checkpoint';

/**
 * Exports from the open checkpoint through its mapping: a re-keyed TF V2 checkpoint (copies are
 * Blob slices of the user's files), all mapped weights as one .npz, or one tensor as .npy.
 */
export function exportHandlers(
  registry: CheckpointRegistry,
  sessionOf: (handle: number) => MatchSession,
  readerOf: (handle: number) => CheckpointReader = (handle) => registry.get(handle).reader,
): Handlers<ExportCatalogue> {
  const request = (handle: number, keepUnmapped: boolean) => {
    const entry = registry.get(handle);
    return { reader: entry.reader, entries: entriesOf(sessionOf(handle), readerOf(handle)), keepUnmapped };
  };
  return {
    async exportRekeyed({ handle, keepUnmapped }, ctx: RequestContext) {
      const exp = exportRekeyed(request(handle, keepUnmapped), ctx);
      const { index, data } = await exportToBlobs(exp);
      const name = `${stem(registry.get(handle).meta.prefix)}-rekeyed.ckpt`;
      return {
        files: [
          { fileName: `${name}.index`, blob: index },
          { fileName: `${name}.data-00000-of-00001`, blob: data },
        ],
        skipped: exp.plan.skipped,
        notTensors: exp.plan.notTensors,
      };
    },
    async exportMappedNpz({ handle }, ctx) {
      const pieces: Blob[] = [];
      for await (const chunk of exportNpzChunks(request(handle, false), {
        signal: ctx.signal,
        onProgress: ctx.onProgress,
      })) {
        pieces.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
      }
      const blob = new Blob(pieces, { type: 'application/octet-stream' });
      return {
        files: [{ fileName: `${stem(registry.get(handle).meta.prefix)}-mapped.npz`, blob }],
        skipped: [],
      };
    },
    async exportTensorNpy({ handle, name, side }, ctx) {
      const reader = readerOf(handle);
      let checkpointName = name;
      let transform = null;
      if (side === 'graph') {
        const pair = sessionOf(handle).pairs.get(name);
        if (!pair)
          throw new SlimscopeError({
            code: 'NOT_FOUND',
            file: name,
            problem: 'This graph variable has no weights mapped.',
            hint: 'Map it first.',
          });
        checkpointName = pair.checkpoint;
        transform = pair.transform;
      }
      let tensor = await reader.readTensor(checkpointName, {
        signal: ctx.signal,
        onProgress: ctx.onProgress,
      });
      if (transform && transform.length) tensor = applyTransform(tensor, transform);
      const bytes = encodeNpy(tensor);
      const fileName = `${name.replace(/[/:]+/g, '__')}.npy`;
      return { files: [{ fileName, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) }], skipped: [] };
    },
  };
}

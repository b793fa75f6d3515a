import { SlimscopeError } from '../../base/errors';
import type { TensorData } from '../../formats/checkpoint';
import type { CompareSide } from '../../formats/compare/comparePair';
import { pairHistograms } from '../../formats/compare/pairHistograms';
import type { Transform } from '../../formats/mapping/transform';
import { comparePairs } from '../../matching/compare/compareCheckpoints';
import { pairTensors, type TensorPair } from '../../matching/compare/pairTensors';
import { applyTransform } from '../../matching/transforms';
import type { Handlers } from '../rpc/serve';
import type { CheckpointRegistry } from './checkpointRegistry';
import type { CompareCatalogue } from './compareCatalogue';

/** Bytes per read of the comparison: memory stays two chunks plus the largest transformed pair. */
const CHUNK_BYTES = 4 << 20;

const side = (reader: CompareSide['reader'], name: string, t: Transform): CompareSide =>
  t && t.length > 0 ? { reader, name, prepare: (x: TensorData) => applyTransform(x, t) } : { reader, name };

/** The comparison handlers; the last pairing per (a, b) is kept so a pair's details use its transforms. */
export function compareHandlers(registry: CheckpointRegistry): Handlers<CompareCatalogue> {
  const lastPairs = new Map<string, TensorPair[]>();
  return {
    async compareCheckpoints({ a, b }, ctx) {
      const ra = registry.get(a).reader;
      const rb = registry.get(b).reader;
      ctx.onProgress({ phase: 'pairing tensors', done: 0, total: 1 });
      const pairs = pairTensors(ra.variables, rb.variables);
      lastPairs.set(`${a}:${b}`, pairs);
      return comparePairs(ra, rb, pairs, {
        signal: ctx.signal,
        onProgress: ctx.onProgress,
        chunkBytes: CHUNK_BYTES,
      });
    },
    async comparePairHistograms({ a, b, nameA, nameB }) {
      const pair = lastPairs.get(`${a}:${b}`)?.find((p) => p.a === nameA && p.b === nameB);
      if (!pair)
        throw new SlimscopeError({
          code: 'NOT_FOUND',
          file: `${nameA} ↔ ${nameB}`,
          problem: 'This pair is not part of the last comparison.',
          hint: 'Run the comparison again.',
        });
      return pairHistograms(
        side(registry.get(a).reader, nameA, pair.transformA),
        side(registry.get(b).reader, nameB, pair.transformB),
      );
    },
  };
}

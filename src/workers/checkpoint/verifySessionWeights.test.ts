import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckpointReader, TensorData } from '../../formats/checkpoint';
import { openNodeCheckpoint } from '../../formats/openNode';
import { decodeNpy, encodeNpy } from '../../formats/numpy/npy';
import type { MappingDocument } from '../../formats/mapping/document';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { CheckpointRegistry } from './checkpointRegistry';
import { checkpointHandlers } from './checkpointService';
import type { RequestContext } from '../rpc/serve';

const FC = 'final_layer/FC/weights';
const ctx = (): RequestContext => ({ signal: { cancelled: false }, onProgress: () => undefined });

/** The oracle checkpoint with its FC kernel stored transposed ([1001, 1056], as a PyTorch port would). */
async function transposedFcOracle(): Promise<{ reader: CheckpointReader; original: Float32Array }> {
  const base = await openNodeCheckpoint(join(oracleDir, 'nasnet-mobile', 'model.ckpt'));
  const fc = await base.readTensor(FC);
  const [rows, cols] = fc.shape as [number, number];
  const src = fc.values as Float32Array;
  const t = new Float32Array(src.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = src[i * cols + j]!;
  const transposed: TensorData = { name: FC, dtype: 'float32', shape: [cols, rows], values: t };
  const reader: CheckpointReader = {
    format: base.format,
    prefix: base.prefix,
    warnings: base.warnings,
    variables: base.variables.map((v) => (v.name === FC ? { ...v, shape: [cols, rows] } : v)),
    readTensor: (name, o) => (name === FC ? Promise.resolve(transposed) : base.readTensor(name, o)),
  };
  return { reader, original: src };
}

function openInWorker(reader: CheckpointReader) {
  const registry = new CheckpointRegistry();
  const handlers = checkpointHandlers(registry);
  const identity = {
    prefix: reader.prefix,
    files: [],
    indexSha256: null,
    variableCount: reader.variables.length,
  };
  const meta = registry.add(reader, identity, (handle) => ({
    handle,
    prefix: reader.prefix,
    format: reader.format,
    files: [],
    identity: 'test',
    synthetic: false,
    variables: [...reader.variables],
    warnings: [],
  }));
  return { handlers, handle: meta.handle };
}

describe.skipIf(!haveSharedFixtures())('Verify weights through the worker session (transforms)', () => {
  it('loads a transposed FC kernel with the pair transform from the session', async () => {
    const { reader, original } = await transposedFcOracle();
    const { handlers, handle } = openInWorker(reader);
    await handlers.autoMatch({ handle, model: 'nasnet-mobile', mode: 'inference', preferEma: false }, ctx());
    const mapped = await handlers.mapPair({ handle, checkpoint: FC, graph: FC }, ctx());
    expect(mapped.refusal).toBeNull();
    expect(mapped.view.pairs.find((p) => p.graph === FC)?.transform).not.toBeNull();
    const params = { handle, model: 'nasnet-mobile' as const, pairs: null };
    // Without the transform the stored [1001, 1056] tensor cannot fill the [1056, 1001] variable.
    await expect(handlers.readMappedWeights(params, ctx())).rejects.toMatchObject({ code: 'SHAPE_MISMATCH' });
    const w = await handlers.readMappedWeights({ ...params, fromSession: true }, ctx());
    expect(w.missing).toEqual([]);
    const loaded = w.values[w.names.indexOf(FC)]!;
    expect(loaded).toHaveLength(original.length);
    expect(loaded.every((v, i) => v === original[i])).toBe(true);
  });

  it('sets a graph variable from a transposed float64 .npy: layout offered, held in the worker, undoable, exported and loaded', async () => {
    const { reader, original } = await transposedFcOracle();
    const { handlers, handle } = openInWorker(reader);
    await handlers.autoMatch({ handle, model: 'nasnet-mobile', mode: 'inference', preferEma: false }, ctx());
    const stored = await reader.readTensor(FC);
    const asF64 = {
      ...stored,
      dtype: 'float64' as const,
      values: Float64Array.from(stored.values as Float32Array),
    };
    const file = new Blob([encodeNpy(asF64) as Uint8Array<ArrayBuffer>]);
    const fileName = 'fc_kernel.npy';
    const bad = new Blob([
      encodeNpy({
        name: 'x',
        dtype: 'float32',
        shape: [3, 4],
        values: new Float32Array(12),
      }) as Uint8Array<ArrayBuffer>,
    ]);
    const refused = await handlers.setFromNpy({ handle, graph: FC, fileName: 'bad.npy', file: bad }, ctx());
    expect(refused.refusal?.reason).toMatch(/shape/i);
    const ask = await handlers.setFromNpy({ handle, graph: FC, fileName, file }, ctx());
    expect(ask.npyChoice?.options.length).toBeGreaterThan(0);
    expect(ask.view.pairs.find((p) => p.graph === FC)?.how).not.toBe('npy');
    const set = await handlers.setFromNpy({ handle, graph: FC, fileName, file, layout: 0 }, ctx());
    expect(set.warnings?.join(' ')).toMatch(/float64/);
    expect(set.view.pairs.find((p) => p.graph === FC)).toMatchObject({ how: 'npy', checkpoint: fileName });
    const doc = set.document as MappingDocument;
    expect(doc.pairs.find((p) => p.graph === FC)).toMatchObject({ how: 'npy', checkpoint: fileName });
    const w = await handlers.readMappedWeights(
      { handle, model: 'nasnet-mobile', pairs: null, fromSession: true },
      ctx(),
    );
    const loaded = w.values[w.names.indexOf(FC)]!;
    expect(loaded.every((v, i) => v === original[i])).toBe(true);
    const npy = await handlers.exportTensorNpy({ handle, name: FC, side: 'graph' }, ctx());
    const exported = decodeNpy(new Uint8Array(await npy.files[0]!.blob.arrayBuffer()), 'x.npy');
    expect(exported.shape).toEqual([1056, 1001]);
    const rekeyed = await handlers.exportRekeyed({ handle, keepUnmapped: false }, ctx());
    expect(rekeyed.files).toHaveLength(2);
    expect(rekeyed.files[1]!.blob.size).toBeGreaterThan(original.length * 4);
    const undone = await handlers.undo({ handle }, ctx());
    expect(undone.view.pairs.find((p) => p.graph === FC)?.how).not.toBe('npy');
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { crc32c, maskCrc } from '../bytes/crc32c';
import { openNodeCheckpoint } from '../openNode';
import type { CheckpointReader } from '../checkpoint';
import type { BundleReader } from '../tensorflow/bundleReader';
import { exportRekeyed } from './exportStream';
import type { ExportEntry } from './exportPlan';
import { writeExportFiles } from './nodeExportFiles';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'slimscope-export-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const identity = (reader: CheckpointReader): ExportEntry[] =>
  reader.variables.map((v) => ({ graphName: v.name, source: { kind: 'copy', checkpointName: v.name } }));

describe.skipIf(!haveSharedFixtures())('re-writing real TF1-era checkpoints unchanged', () => {
  it.each([
    ['dnn-test-tf1.12', 'model.ckpt'],
    ['houseprices-tf1.10', 'model.ckpt'],
    ['houseprices-tf1.10', 'model_longtrain.ckpt'],
  ])('%s/%s: index and data are byte for byte TensorFlow’s', async (dir, prefix) => {
    const source = fixture(dir, prefix);
    const reader = await openNodeCheckpoint(source);
    const target = join(out, dir, prefix);
    const files = await writeExportFiles(exportRekeyed({ reader, entries: identity(reader) }), target);
    // Buffer.equals: a byte comparison (deep equality over MBs of bytes is slow).
    expect((await readFile(files.dataPath)).equals(await readFile(`${source}.data-00000-of-00001`))).toBe(
      true,
    );
    expect((await readFile(files.indexPath)).equals(await readFile(`${source}.index`))).toBe(true);
  });
});

describe.skipIf(!haveSharedFixtures())('re-keyed export of a real checkpoint', () => {
  it('renames, transposes and keeps extras; the project reader and raw bytes agree', async () => {
    const source = fixture('houseprices-tf1.10', 'model.ckpt');
    const reader = await openNodeCheckpoint(source);
    const kernel = reader.variables.find((v) => v.name === 'Variable' && v.shape.length === 2);
    expect(kernel).toBeDefined();
    const [rows, cols] = kernel!.shape as [number, number];
    const original = (await reader.readTensor('Variable')).values as Float32Array;
    const transposed = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) transposed[c * rows + r] = original[r * cols + c]!;
    const entries: ExportEntry[] = [
      { graphName: 'dense/kernel', source: { kind: 'copy', checkpointName: 'Variable' } },
      {
        graphName: 'dense/kernel_t',
        source: {
          kind: 'tensor',
          checkpointName: 'Variable',
          tensor: async () => ({ name: 'x', dtype: 'float32', shape: [cols, rows], values: transposed }),
        },
      },
    ];
    const target = join(out, 'rekeyed', 'model.ckpt');
    const exp = exportRekeyed({ reader, entries, keepUnmapped: true });
    await writeExportFiles(exp, target);

    const back = await openNodeCheckpoint(target);
    const extras = reader.variables.filter((v) => v.name !== 'Variable').map((v) => v.name);
    expect(back.variables.map((v) => v.name).sort()).toEqual(
      ['dense/kernel', 'dense/kernel_t', ...extras].sort(),
    );
    expect(back.variables.find((v) => v.name === 'dense/kernel_t')?.shape).toEqual([cols, rows]);
    expect((await back.readTensor('dense/kernel')).values).toEqual(original);
    expect((await back.readTensor('dense/kernel_t')).values).toEqual(transposed);
    for (const name of extras)
      expect((await back.readTensor(name)).values).toEqual((await reader.readTensor(name)).values);

    // Independently of both readers: the copied bytes are the source's bytes at the source offset,
    // and the recorded entries point at bytes whose CRC matches.
    const data = await readFile(`${target}.data-00000-of-00001`);
    const srcData = await readFile(`${source}.data-00000-of-00001`);
    const srcVar = reader.variables.find((v) => v.name === 'Variable')!;
    const outVar = back.variables.find((v) => v.name === 'dense/kernel')!;
    expect(data.subarray(outVar.offset, outVar.offset + outVar.bytes)).toEqual(
      srcData.subarray(srcVar.offset, srcVar.offset + srcVar.bytes),
    );
    const outT = back.variables.find((v) => v.name === 'dense/kernel_t')!;
    const tBytes = data.subarray(outT.offset, outT.offset + outT.bytes);
    expect(new Uint8Array(tBytes)).toEqual(new Uint8Array(transposed.buffer));
    expect(exp.plan.tensors.map((t) => t.name)).toEqual([...exp.plan.tensors.map((t) => t.name)].sort());
    expect((back as BundleReader).location('dense/kernel_t').entry.crc32c).toBe(maskCrc(crc32c(tBytes)));
  });
});

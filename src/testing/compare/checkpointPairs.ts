/**
 * Test-only: checkpoints derived from others with known differences, written with the project's
 * V2 writer (in memory, or to a folder for CLI and browser tests).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ByteSource } from '../../formats/bytes/byteSource';
import type { CheckpointReader, TensorData } from '../../formats/checkpoint';
import { openCheckpoint } from '../../formats/open';
import { permuteValues } from '../../formats/numpy/prepareNpyValue';
import { BundleWriter } from '../../formats/tensorflow/bundleWriter';
import { dataPartsToBytes, writtenBundleFiles } from '../../formats/tensorflow/dataParts';
import { dataFileName } from '../../formats/tensorflow/bundleIndex';

export function bundleOf(tensors: readonly TensorData[]) {
  const writer = new BundleWriter();
  for (const t of tensors) writer.addTensor(t.name, t.dtype, t.shape, t.values);
  return writer.finish();
}

/** An in-memory V2 checkpoint holding exactly these tensors. */
export async function memoryCheckpoint(
  prefix: string,
  tensors: readonly TensorData[],
): Promise<CheckpointReader> {
  const files: ByteSource[] = await writtenBundleFiles(prefix, bundleOf(tensors));
  return openCheckpoint(files);
}

/** Writes `prefix.index` and `prefix.data-00000-of-00001` to disk. */
export async function writeCheckpointFiles(
  prefix: string,
  tensors: readonly TensorData[],
): Promise<string[]> {
  const bundle = bundleOf(tensors);
  await mkdir(dirname(prefix), { recursive: true });
  const index = `${prefix}.index`;
  const data = dataFileName(prefix, 0, 1);
  await writeFile(index, bundle.index);
  await writeFile(data, await dataPartsToBytes(bundle.shards[0]!));
  return [index, data];
}

/** Every tensor of a checkpoint, passed through `derive` (null drops it). Small checkpoints only. */
export async function deriveTensors(
  source: CheckpointReader,
  derive: (t: TensorData) => TensorData | null,
): Promise<TensorData[]> {
  const out: TensorData[] = [];
  for (const v of source.variables) {
    const t = derive(await source.readTensor(v.name));
    if (t) out.push(t);
  }
  return out;
}

/** A float tensor with every value passed through `f` (index, value). */
export function mapFloats(t: TensorData, f: (x: number, i: number) => number): TensorData {
  if (!(t.values instanceof Float32Array)) return t;
  return { ...t, values: t.values.map(f) };
}

/** PyTorch layout of a TF-Slim tensor: conv OIHW, depthwise [C,1,k,k], dense [out,in]. */
export function toTorchLayout(t: TensorData): TensorData {
  const leaf = t.name.split('/').pop();
  const perm =
    t.shape.length === 4
      ? leaf === 'depthwise_weights'
        ? [2, 3, 0, 1]
        : [3, 2, 0, 1]
      : t.shape.length === 2
        ? [1, 0]
        : null;
  if (!perm) return t;
  return { ...t, shape: perm.map((p) => t.shape[p]!), values: permuteValues(t.values, t.shape, perm) };
}

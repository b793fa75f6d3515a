// Node-only: generated checkpoints for the scale bench and the scale e2e probe, written with the
// project's own V2 writer into os.tmpdir(). Delete them with `removeScaleDir` when done.
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32cExtend, maskCrc } from '../../src/formats/bytes/crc32c';
import { memoryByteSource } from '../../src/formats/bytes/readChecks';
import { BundleWriter } from '../../src/formats/tensorflow/bundleWriter';
import { dataPartsToBytes } from '../../src/formats/tensorflow/dataParts';

export interface GeneratedCheckpoint {
  dir: string;
  prefix: string;
  index: string;
  data: string;
  variables: number;
  dataBytes: number;
}

const VARS_PER_LAYER = [
  'weights',
  'biases',
  'BatchNorm/gamma',
  'BatchNorm/beta',
  'BatchNorm/moving_mean',
  'BatchNorm/moving_variance',
  'weights/Momentum',
  'biases/Momentum',
  'BatchNorm/gamma/Momentum',
  'BatchNorm/beta/Momentum',
];

export function scaleDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'slimscope-scale-'));
}

export function removeScaleDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Layer `id`'s scope: `net/stage_3/block_7/layer7391` (10 stages × 10 blocks × layers). */
export function layerScope(id: number): string {
  return `net/stage_${id % 10}/block_${Math.floor(id / 10) % 10}/layer${id}`;
}

/** A checkpoint of `variables` small float32 tensors (10 per layer) in nested scopes. */
export async function writeWideCheckpoint(dir: string, variables = 100_000): Promise<GeneratedCheckpoint> {
  const w = new BundleWriter();
  for (let i = 0; i < variables; i++) {
    const name = `${layerScope(Math.floor(i / VARS_PER_LAYER.length))}/${VARS_PER_LAYER[i % VARS_PER_LAYER.length]}`;
    w.addTensor(name, 'float32', [1], Float32Array.of(i));
  }
  const bundle = w.finish();
  const prefix = join(dir, 'wide.ckpt');
  const data = await dataPartsToBytes(bundle.shards[0]!);
  await writeFile(`${prefix}.index`, bundle.index);
  await writeFile(`${prefix}.data-00000-of-00001`, data);
  return {
    dir,
    prefix,
    index: `${prefix}.index`,
    data: `${prefix}.data-00000-of-00001`,
    variables,
    dataBytes: data.length,
  };
}

/** Masked CRC32C of `length` zero bytes (what a sparse, all-zero tensor's entry must store). */
function zerosCrc(length: number): number {
  const chunk = new Uint8Array(4 << 20);
  let crc = 0;
  for (let done = 0; done < length; done += chunk.length) {
    crc = crc32cExtend(crc, chunk, 0, Math.min(chunk.length, length - done));
  }
  return maskCrc(crc);
}

/**
 * A multi-GB checkpoint: `tensors` float32 tensors of `tensorMiB` MiB each, all zeros, in a sparse
 * data file (no disk space used), plus a few small tensors. The index is tiny and real.
 */
export async function writeHugeCheckpoint(
  dir: string,
  tensors = 3,
  tensorMiB = 1024,
): Promise<GeneratedCheckpoint> {
  const bytes = tensorMiB * (1 << 20);
  const crc = zerosCrc(bytes);
  const none = memoryByteSource('zeros', new Uint8Array(0));
  const w = new BundleWriter();
  for (let t = 0; t < tensors; t++) {
    w.addRaw(
      `huge/layer${t}/weights`,
      'float32',
      [bytes / 4 / 1024, 1024],
      { source: none, offset: 0, length: bytes },
      crc,
    );
  }
  w.addTensor('huge/global_step', 'int64', [], BigInt64Array.of(1000n));
  const bundle = w.finish();
  const prefix = join(dir, 'huge.ckpt');
  await writeFile(`${prefix}.index`, bundle.index);
  const dataPath = `${prefix}.data-00000-of-00001`;
  const file = await open(dataPath, 'w');
  const total = tensors * bytes;
  // Sparse: only the last (small) tensor is written; the zeros before it take no disk space.
  await file.truncate(total);
  await file.write(new Uint8Array(new BigInt64Array([1000n]).buffer), 0, 8, total);
  await file.close();
  return {
    dir,
    prefix,
    index: `${prefix}.index`,
    data: dataPath,
    variables: tensors + 1,
    dataBytes: total + 8,
  };
}

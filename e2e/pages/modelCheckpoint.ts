// Node-only: a generated checkpoint of a whole catalogued model (TF-Slim's exact names and shapes,
// seeded random finite float32 values) written with the project's own V2 writer. Tensors are
// generated and appended to the data file one at a time, so Node never holds more than the largest.
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32c, maskCrc } from '../../src/formats/bytes/crc32c';
import { memoryByteSource } from '../../src/formats/bytes/readChecks';
import { BundleWriter } from '../../src/formats/tensorflow/bundleWriter';
import { modelGraph, type ModelName } from '../../src/model/catalogue';
import type { GeneratedCheckpoint } from './scaleCheckpoints';

export interface ModelCheckpoint extends GeneratedCheckpoint {
  model: ModelName;
  /** Bytes of the float32 weights the inference graph loads (every variable written). */
  weightBytes: number;
}

/** xorshift32 → uniform floats in [lo, hi): deterministic, fast, never NaN or infinite. */
function fillUniform(out: Float32Array, state: { s: number }, lo: number, hi: number): void {
  let s = state.s;
  for (let i = 0; i < out.length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = lo + ((s >>> 0) / 4294967296) * (hi - lo);
  }
  state.s = s;
}

/**
 * Writes every variable of `model`'s inference graph as `<dir>/<model>.ckpt`. Batch-norm variances
 * are positive (so folding stays finite); other values are small, like trained weights.
 */
export async function writeModelCheckpoint(dir: string, model: ModelName): Promise<ModelCheckpoint> {
  const graph = modelGraph(model, 'inference');
  const prefix = join(dir, `${model}.ckpt`);
  const dataPath = `${prefix}.data-00000-of-00001`;
  const file = await open(dataPath, 'w');
  const writer = new BundleWriter();
  const none = memoryByteSource('generated', new Uint8Array(0));
  const state = { s: 0x9e3779b9 };
  let offset = 0;
  try {
    for (const v of graph.variables) {
      const values = new Float32Array(v.shape.reduce((a, b) => a * b, 1));
      if (v.name.endsWith('/moving_variance')) fillUniform(values, state, 0.5, 1.5);
      else if (v.name.endsWith('/gamma')) fillUniform(values, state, 0.8, 1.2);
      else fillUniform(values, state, -0.05, 0.05);
      const bytes = new Uint8Array(values.buffer);
      await file.write(bytes, 0, bytes.length, offset);
      // The data stays in the file: the writer only needs the length for the index entry.
      writer.addRaw(
        v.name,
        'float32',
        v.shape,
        { source: none, offset: 0, length: bytes.length },
        maskCrc(crc32c(bytes)),
      );
      offset += bytes.length;
    }
    writer.addTensor('global_step', 'int64', [], BigInt64Array.of(250_000n));
    const step = new Uint8Array(BigInt64Array.of(250_000n).buffer);
    await file.write(step, 0, step.length, offset);
  } finally {
    await file.close();
  }
  await writeFile(`${prefix}.index`, writer.finish().index);
  return {
    dir,
    prefix,
    index: `${prefix}.index`,
    data: dataPath,
    variables: graph.variables.length + 1,
    dataBytes: offset + 8,
    model,
    weightBytes: offset,
  };
}

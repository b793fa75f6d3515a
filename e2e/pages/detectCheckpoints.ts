// Node-only: checkpoints the detection tests need but no fixture holds, written with the project's
// own V2 writer into a temp dir: a 1000-class Keras-named re-key of the NASNet oracle (with its
// 1000-column reference logits) and a synthetic Slim NASNet CIFAR training checkpoint.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeCheckpoint } from '../../src/formats/openNode';
import type { TensorData } from '../../src/formats/checkpoint';
import { decodeNpy, encodeNpy } from '../../src/formats/numpy/npy';
import { BundleWriter } from '../../src/formats/tensorflow/bundleWriter';
import { dataPartsToBytes } from '../../src/formats/tensorflow/dataParts';
import { applyTransform } from '../../src/matching/transforms';
import type { NasnetModelName } from '../../src/model/nasnet/configs';
import { nasnetVariables } from '../../src/model/nasnet/variables';
import { demoValues, gaussian, seededRandom } from '../../src/workers/checkpoint/demo/demoWeights';
import { shared } from './appPage';

export const detectDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'slimscope-detect-'));
export const removeDetectDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

export interface Written {
  prefix: string;
  files: string[];
}

async function write(w: BundleWriter, prefix: string): Promise<Written> {
  const bundle = w.finish();
  await writeFile(`${prefix}.index`, bundle.index);
  await writeFile(`${prefix}.data-00000-of-00001`, await dataPartsToBytes(bundle.shards[0]!));
  return { prefix, files: [`${prefix}.index`, `${prefix}.data-00000-of-00001`] };
}

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

/** Keras spelling of a Slim name (`…/weights` → `…/kernel`) under a `keras_nasnet/` scope. */
const kerasName = (slim: string) => `keras_nasnet/${slim.replace(/\/weights$/, '/kernel')}`;

/**
 * The oracle's weights as a 1000-class Keras/PyTorch-style model holds them: Keras names and the
 * logits layer without TF-Slim's background class; plus `logits1000.npy`, the oracle's reference
 * logits without column 0 (what that model's own framework would output).
 */
export async function writeKeras1000(dir: string): Promise<Written & { reference: string }> {
  const reader = await openNodeCheckpoint(oracle('model.ckpt'));
  const w = new BundleWriter();
  for (const v of reader.variables) {
    if (v.role !== 'weight') continue;
    let t: TensorData = await reader.readTensor(v.name);
    if (v.name === 'final_layer/FC/weights')
      t = applyTransform(t, [{ op: 'drop_background_class', axis: 1 }]);
    if (v.name === 'final_layer/FC/biases') t = applyTransform(t, [{ op: 'drop_background_class', axis: 0 }]);
    w.addTensor(kerasName(v.name), 'float32', t.shape, t.values as Float32Array);
  }
  const written = await write(w, join(dir, 'keras_nasnet_mobile.ckpt'));
  const logits = decodeNpy(await readFile(oracle('logits.npy')), 'logits.npy');
  const ref = applyTransform(logits, [{ op: 'drop_background_class', axis: 1 }]);
  const reference = join(dir, 'logits1000.npy');
  await writeFile(reference, encodeNpy(ref));
  return { ...written, reference };
}

/** A Slim training checkpoint of `model` (aux head included) with seeded synthetic weights. */
export async function writeSlimTraining(dir: string, model: NasnetModelName): Promise<Written> {
  const normal = gaussian(seededRandom(7));
  const w = new BundleWriter();
  for (const v of nasnetVariables(model, 'training'))
    w.addTensor(v.name, 'float32', v.shape, demoValues(v, normal));
  w.addTensor('global_step', 'int64', [], BigInt64Array.of(937500n));
  return write(w, join(dir, `${model.replace('-', '_')}.ckpt`));
}

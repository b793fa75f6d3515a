// The NASNet oracle with its weights arriving by other routes: a re-keyed Keras-named checkpoint
// (with a transposed kernel), an .npz keyed by graph names, and one .npy file per variable. Each
// route must end in the reference logits (wasm tolerance from the oracle README: 2e-3 × max|logit|).
import * as tf from '@tensorflow/tfjs-core';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryByteSource } from '../../formats/bytes/readChecks';
import { nodeByteSource } from '../../formats/bytes/nodeByteSource';
import { openNodeCheckpoint } from '../../formats/openNode';
import type { CheckpointReader, TensorData } from '../../formats/checkpoint';
import { decodeNpy, encodeNpy } from '../../formats/numpy/npy';
import { checkNpyForVariable } from '../../formats/numpy/checkNpyForVariable';
import { openNpy } from '../../formats/numpy/npyReader';
import { prepareNpyValue } from '../../formats/numpy/prepareNpyValue';
import { openNpz } from '../../formats/numpy/npzReader';
import { assignmentsFromMapping } from '../../inference/mappingAssignments';
import { classify, loadNasnet } from '../../inference/nasnetModel';
import { useNodeBackend } from '../../inference/nodeBackend';
import type { WeightAssignment } from '../../model/nasnet/weights';
import { oracleDir } from '../../testing/fixtures';
import { run } from './export';
import { relError } from '../../testing/relError';

const dir = join(oracleDir, 'nasnet-mobile');
const haveOracle = existsSync(join(dir, 'model.ckpt.index'));
const TOLERANCE = 2e-3;
const FC = 'final_layer/FC/weights';
const T = { op: 'permute', perm: [1, 0], label: 'T' };

/** Keras-style spelling of a TF-Slim name: `conv0/weights` → `keras/conv0/kernel:0`. */
const kerasName = (slim: string): string => `keras/${slim.replace(/\/weights$/, '/kernel')}:0`;

let out: string;
let oracle: CheckpointReader;
let input: TensorData;
let logits: Float32Array;

async function silently(args: string[]): Promise<number> {
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return await run(args);
  } finally {
    spy.mockRestore();
  }
}

async function relErrorOf(reader: CheckpointReader, assignments: WeightAssignment[] | null): Promise<number> {
  const model = await loadNasnet(reader, 'nasnet-mobile', { assignments });
  const x = tf.tensor4d(input.values as Float32Array, input.shape as [number, number, number, number]);
  const result = await classify(model, x);
  x.dispose();
  model.dispose();
  return relError(result.logits, logits);
}

describe.skipIf(!haveOracle)('NASNet oracle weights by other routes end in the same logits', () => {
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'slimscope-routes-'));
    await useNodeBackend('wasm');
    oracle = await openNodeCheckpoint(join(dir, 'model.ckpt'));
    input = decodeNpy(readFileSync(join(dir, 'input.npy')), 'input.npy');
    logits = decodeNpy(readFileSync(join(dir, 'logits.npy')), 'logits.npy').values as Float32Array;
  });
  afterAll(async () => {
    tf.disposeVariables();
    await rm(out, { recursive: true, force: true });
  });

  it('a re-keyed Keras-named checkpoint with a transposed FC kernel, mapped back', async () => {
    const names = oracle.variables.filter((v) => v.role === 'weight').map((v) => v.name);
    const forward = names.map((n) => ({
      checkpoint: n,
      graph: kerasName(n),
      how: 'test',
      transform: n === FC ? [T] : null,
    }));
    await writeFile(join(out, 'to-keras.json'), JSON.stringify({ pairs: forward }));
    const prefix = join(out, 'keras', 'model.ckpt');
    expect(
      await silently([join(dir, 'model.ckpt'), '--mapping', join(out, 'to-keras.json'), '--out', prefix]),
    ).toBe(0);
    const keras = await openNodeCheckpoint(prefix);
    expect(keras.variables.find((v) => v.name === kerasName(FC))?.shape).toEqual([1001, 1056]);
    const back = names.map((n) => ({
      checkpoint: kerasName(n),
      graph: n,
      how: 'test',
      transform: n === FC ? [T] : null,
    }));
    expect(await relErrorOf(keras, assignmentsFromMapping({ pairs: back }, 'back.json'))).toBeLessThan(
      TOLERANCE,
    );
  }, 180_000);

  it('an .npz of the mapped weights keyed by graph names', async () => {
    const npzPath = join(out, 'mapped.npz');
    expect(await silently([join(dir, 'model.ckpt'), '--npz', npzPath, '--compress'])).toBe(0);
    const npz = await openNpz(await nodeByteSource(npzPath));
    expect(npz.variables).toHaveLength(oracle.variables.length);
    expect(await relErrorOf(npz, null)).toBeLessThan(TOLERANCE);
  }, 180_000);

  it('one .npy file per variable, each set through the .npy checker', async () => {
    const values = new Map<string, TensorData>();
    for (const [i, v] of oracle.variables.entries()) {
      // Files named without scopes, as a user would save them; the value is set on a chosen variable.
      const file = await openNpy(
        memoryByteSource(`array_${i}.npy`, encodeNpy(await oracle.readTensor(v.name))),
      );
      const array = await file.readTensor(`array_${i}`);
      const check = checkNpyForVariable(array, v);
      expect(check.ok, v.name).toBe(true);
      values.set(v.name, prepareNpyValue(array, v, check));
    }
    const reader: CheckpointReader = {
      format: 'npy',
      prefix: '(one .npy per variable)',
      variables: oracle.variables,
      warnings: [],
      readTensor: async (name) => values.get(name)!,
    };
    expect(await relErrorOf(reader, null)).toBeLessThan(TOLERANCE);
  }, 180_000);
});

import * as tf from '@tensorflow/tfjs-core';
import { readFile, writeFile } from 'node:fs/promises';
import { SlimscopeError } from '../../base/errors';
import { openNodeCheckpoint } from '../../formats/openNode';
import type { TensorData } from '../../formats/checkpoint';
import { decodeNpy, encodeNpy } from '../../formats/numpy/npy';
import { encodeNpz } from '../../formats/numpy/npzWriter';
import { isModelName, modelEntry, modelNameList, type ModelName } from '../../model/catalogue';
import { isBackendName, type BackendName } from '../../inference/backendNames';
import { assignmentsFromMapping } from '../../inference/mappingAssignments';
import { classify, loadNasnet } from '../../inference/nasnetModel';
import { useNodeBackend } from '../../inference/nodeBackend';
import { readImageFile } from '../../inference/nodeImage';
import { preprocessBatch } from '../../inference/preprocess';
import { parseCommandArgs } from '../args';
import { readJsonFile } from '../readJsonFile';

const USAGE = `usage: npm run cli -- infer <checkpoint prefix> --model ${modelNameList('|')}
  [--mapping mapping.json] (--input x.npy | --image photo.png [--image more.jpg]) --out logits.npy
  [--backend cpu|wasm] [--endpoints out.npz]`;

interface InferArgs {
  prefix: string;
  model: ModelName;
  mapping?: string;
  input?: string;
  images: string[];
  out: string;
  backend: BackendName;
  endpoints?: string;
}

const usageError = (problem: string) =>
  new SlimscopeError({ code: 'BAD_FORMAT', file: '', problem, hint: USAGE });

function parseArgs(args: string[]): InferArgs {
  const p = parseCommandArgs(
    args,
    {
      values: ['--model', '--backend', '--out', '--input', '--mapping', '--endpoints'],
      repeated: ['--image'],
    },
    USAGE,
  );
  const [prefix] = p.positional;
  const model = p.value('--model');
  const backend = p.value('--backend') ?? 'wasm';
  const out = p.value('--out');
  if (!prefix) throw usageError('Give the checkpoint prefix.');
  if (!model || !isModelName(model)) throw usageError(`--model must be one of ${modelNameList()}.`);
  if (!isBackendName(backend) || backend === 'webgl') throw usageError('--backend must be cpu or wasm.');
  if (!out) throw usageError('--out is required.');
  const images = p.all('--image');
  const input = p.value('--input');
  if (!input === (images.length === 0)) throw usageError('Give exactly one of --input or --image.');
  return {
    prefix,
    model,
    backend,
    out,
    images,
    input,
    mapping: p.value('--mapping'),
    endpoints: p.value('--endpoints'),
  };
}

async function inputTensor(a: InferArgs): Promise<tf.Tensor4D> {
  const size = modelEntry(a.model).imageSize;
  if (a.images.length > 0) return preprocessBatch(await Promise.all(a.images.map(readImageFile)), size);
  const t = decodeNpy(await readFile(a.input ?? ''), a.input ?? '');
  const shape = t.shape.length === 3 ? [1, ...t.shape] : t.shape;
  const values =
    t.values instanceof Float32Array
      ? t.values
      : t.values instanceof Float64Array
        ? Float32Array.from(t.values)
        : null;
  if (!values || shape.length !== 4) {
    throw new SlimscopeError({
      code: 'SHAPE_MISMATCH',
      file: a.input ?? '',
      problem: `The input is ${t.dtype} [${t.shape.join(',')}]; a float NHWC batch [batch,${size},${size},3] is needed.`,
      hint: 'Save the preprocessed images as float32 with shape [batch, height, width, 3].',
    });
  }
  return tf.tensor4d(values, shape as [number, number, number, number]);
}

/** Runs NASNet on an input, writes the logits as float32 [batch, classes] .npy and prints top-5. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const a = parseArgs(args);
  await useNodeBackend(a.backend);
  const reader = await openNodeCheckpoint(a.prefix);
  const assignments = a.mapping
    ? assignmentsFromMapping(
        await readJsonFile(a.mapping, 'mapping file', 'Pass the mapping JSON written by `match` or the app.'),
        a.mapping,
      )
    : null;
  // The input is read before the weights so a wrong --input/--image fails at once.
  const x = await inputTensor(a);
  let shown = -1;
  const onProgress = (p: { done: number; total: number }) => {
    const percent = Math.floor((100 * p.done) / Math.max(p.total, 1) / 10) * 10;
    if (percent !== shown)
      process.stderr.write(`${shown < 0 ? 'loading weights' : ''} ${(shown = percent)}%`);
  };
  let model: Awaited<ReturnType<typeof loadNasnet>>;
  try {
    model = await loadNasnet(reader, a.model, { assignments, onProgress });
  } catch (e) {
    x.dispose();
    throw e;
  } finally {
    // End the progress line so what follows (the top-5, or an error) starts on its own line.
    if (shown >= 0) process.stderr.write('\n');
  }
  const endpointNames = a.endpoints ? Object.keys(model.runner.program.endpoints) : [];
  const result = await classify(model, x, { endpoints: endpointNames });
  x.dispose();
  model.dispose();
  const logits: TensorData = {
    name: 'logits',
    dtype: 'float32',
    shape: [result.batch, model.config.numClasses],
    values: result.logits,
  };
  await writeFile(a.out, encodeNpy(logits));
  if (a.endpoints) {
    const members = result.endpoints.map((t) => ({ name: t.name, tensor: async () => t }));
    await writeFile(a.endpoints, await encodeNpz(members));
  }
  result.top.forEach((top, b) => {
    process.stdout.write(`image ${b}:\n`);
    for (const p of top)
      process.stdout.write(
        `  ${p.index.toString().padStart(4)}  ${(p.probability * 100).toFixed(2).padStart(6)}%  ${p.label}\n`,
      );
  });
  return 0;
}

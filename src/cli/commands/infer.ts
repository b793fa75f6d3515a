import * as tf from '@tensorflow/tfjs-core';
import { readFile, writeFile } from 'node:fs/promises';
import { SlimscopeError } from '../../base/errors';
import { openNodeCheckpoint } from '../../formats/openNode';
import type { CheckpointReader, TensorData } from '../../formats/checkpoint';
import { decodeNpy, encodeNpy } from '../../formats/numpy/npy';
import { encodeNpz } from '../../formats/numpy/npzWriter';
import { isBackendName, type BackendName } from '../../inference/backendNames';
import { assignmentsFromMapping } from '../../inference/mappingAssignments';
import { classify, loadNasnet } from '../../inference/nasnetModel';
import { useNodeBackend } from '../../inference/nodeBackend';
import { readImageFile } from '../../inference/nodeImage';
import { preprocessBatch } from '../../inference/preprocess';
import { applyTransform } from '../../matching/transforms';
import { sessionPairs } from '../../matching/session';
import { modelEntry, graphOf, isModelName, type GraphConfig } from '../../model/catalogue';
import type { WeightAssignment } from '../../model/nasnet/weights';
import { parseCommandArgs } from '../args';
import { readJsonFile } from '../readJsonFile';
import { chooseGraph, MODEL_CHOICES, parseModelOptions, type ModelOptions } from '../modelChoice';
import { endpointsReport, readReferenceEndpoints } from './inferEndpoints';

const USAGE = `usage: npm run cli -- infer <checkpoint prefix> [--model ${MODEL_CHOICES}] [--classes N]
  [--mapping mapping.json] (--input x.npy | --image photo.png [--image more.jpg]) [--out logits.npy]
  [--backend cpu|wasm] [--endpoints out.npz] [--endpoints-ref ref.npz] [--json]
  --model auto (the default) takes the model from --mapping, else detects it from the checkpoint.
  --endpoints-ref compares every end point with a reference .npz and names the first diverging one.`;

interface InferArgs {
  prefix: string;
  graph: ModelOptions;
  mapping?: string;
  input?: string;
  images: string[];
  out?: string;
  backend: BackendName;
  endpoints?: string;
  endpointsRef?: string;
  json: boolean;
}

const usageError = (problem: string) =>
  new SlimscopeError({ code: 'BAD_FORMAT', file: '', problem, hint: USAGE });

function parseArgs(args: string[]): InferArgs {
  const p = parseCommandArgs(
    args,
    {
      flags: ['--json'],
      values: [
        '--model',
        '--classes',
        '--backend',
        '--out',
        '--input',
        '--mapping',
        '--endpoints',
        '--endpoints-ref',
      ],
      repeated: ['--image'],
    },
    USAGE,
  );
  const [prefix] = p.positional;
  const backend = p.value('--backend') ?? 'wasm';
  const out = p.value('--out');
  const endpointsRef = p.value('--endpoints-ref');
  if (!prefix) throw usageError('Give the checkpoint prefix.');
  const graph = parseModelOptions({ model: p.value('--model'), classes: p.value('--classes') }, usageError);
  if (!isBackendName(backend) || backend === 'webgl') throw usageError('--backend must be cpu or wasm.');
  if (!out && !endpointsRef) throw usageError('--out is required (unless --endpoints-ref is given).');
  const images = p.all('--image');
  const input = p.value('--input');
  if (!input === (images.length === 0)) throw usageError('Give exactly one of --input or --image.');
  return {
    prefix,
    graph,
    backend,
    images,
    json: p.has('--json'),
    ...(out ? { out } : {}),
    ...(input ? { input } : {}),
    ...(p.value('--mapping') ? { mapping: p.value('--mapping') } : {}),
    ...(p.value('--endpoints') ? { endpoints: p.value('--endpoints') } : {}),
    ...(endpointsRef ? { endpointsRef } : {}),
  };
}

async function inputTensor(a: InferArgs, size: number): Promise<tf.Tensor4D> {
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

interface Plan {
  config: GraphConfig;
  /** null = checkpoint names are graph names. */
  assignments: WeightAssignment[] | null;
  detected: string | null;
}

const toAssignment = (p: {
  checkpoint: string;
  graph: string;
  transform: import('../../formats/mapping/transform').Transform;
}): WeightAssignment => {
  const steps = p.transform;
  return steps && steps.length
    ? { checkpoint: p.checkpoint, graph: p.graph, transform: (t) => applyTransform(t, steps) }
    : { checkpoint: p.checkpoint, graph: p.graph };
};

/** Which graph to build and how the checkpoint feeds it: named, from the mapping, or detected. */
async function plan(a: InferArgs, reader: CheckpointReader): Promise<Plan> {
  const mapping = a.mapping
    ? await readJsonFile(a.mapping, 'mapping file', 'Pass the mapping JSON written by `match` or the app.')
    : null;
  const assignments = a.mapping ? assignmentsFromMapping(mapping, a.mapping) : null;
  if (a.graph.model !== 'auto') {
    const model = a.graph.model;
    const numClasses = a.graph.numClasses ?? modelEntry(model).numClasses;
    return { config: { model, mode: 'inference', numClasses }, assignments, detected: null };
  }
  const recorded = (mapping as { model?: { name?: unknown; numClasses?: unknown } } | null)?.model;
  if (recorded && typeof recorded.name === 'string' && isModelName(recorded.name)) {
    const numClasses =
      a.graph.numClasses ??
      (typeof recorded.numClasses === 'number' ? recorded.numClasses : modelEntry(recorded.name).numClasses);
    const config: GraphConfig = { model: recorded.name, mode: 'inference', numClasses };
    return { config, assignments, detected: `from ${a.mapping}` };
  }
  const chosen = chooseGraph(reader.variables, { ...a.graph, mode: 'inference' });
  return {
    config: chosen.config,
    assignments: assignments ?? sessionPairs(chosen.session).map(toAssignment),
    detected: chosen.detection?.summary ?? null,
  };
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
  const { config, assignments, detected } = await plan(a, reader);
  if (detected) process.stderr.write(`model: ${detected}\n`);
  // The inputs are read before the weights so a wrong --input/--image/--endpoints-ref fails at once.
  const reference = a.endpointsRef ? await readReferenceEndpoints(a.endpointsRef) : null;
  const x = await inputTensor(a, modelEntry(config.model).imageSize);
  let shown = -1;
  const onProgress = (p: { done: number; total: number }) => {
    const percent = Math.floor((100 * p.done) / Math.max(p.total, 1) / 10) * 10;
    if (percent !== shown)
      process.stderr.write(`${shown < 0 ? 'loading weights' : ''} ${(shown = percent)}%`);
  };
  let model: Awaited<ReturnType<typeof loadNasnet>>;
  try {
    model = await loadNasnet(reader, config.model, {
      assignments,
      onProgress,
      numClasses: config.numClasses,
    });
  } catch (e) {
    x.dispose();
    throw e;
  } finally {
    // End the progress line so what follows (the top-5, or an error) starts on its own line.
    if (shown >= 0) process.stderr.write('\n');
  }
  const available = Object.keys(model.runner.program.endpoints);
  const endpointNames = available.filter((n) => a.endpoints || reference?.has(n));
  const result = await classify(model, x, { endpoints: endpointNames });
  x.dispose();
  model.dispose();
  const logits: TensorData = {
    name: 'logits',
    dtype: 'float32',
    shape: [result.batch, model.numClasses],
    values: result.logits,
  };
  if (a.out) await writeFile(a.out, encodeNpy(logits));
  if (a.endpoints) {
    const members = result.endpoints.map((t) => ({ name: t.name, tensor: async () => t }));
    await writeFile(a.endpoints, await encodeNpz(members));
  }
  const graph = graphOf(config);
  const pairs = new Map((assignments ?? []).map((p) => [p.graph, p.checkpoint]));
  const pairOf = (g: string) => pairs.get(g) ?? (assignments ? null : g);
  const report =
    reference && a.endpointsRef
      ? endpointsReport(
          graph,
          result.logits,
          result.batch,
          result.endpoints,
          reference,
          a.backend,
          pairOf,
          a.endpointsRef,
        )
      : null;
  if (a.json) {
    const top = result.top.map((t) =>
      t.map(({ index, label, probability }) => ({ index, label, probability })),
    );
    const modelView = { name: config.model, numClasses: config.numClasses, detected };
    process.stdout.write(`${JSON.stringify({ model: modelView, top, ...(report ?? {}) })}\n`);
    return 0;
  }
  result.top.forEach((top, b) => {
    process.stdout.write(`image ${b}:\n`);
    for (const p of top)
      process.stdout.write(
        `  ${p.index.toString().padStart(4)}  ${(p.probability * 100).toFixed(2).padStart(6)}%  ${p.label}\n`,
      );
  });
  if (report) printEndpoints(report);
  return 0;
}

function printEndpoints(report: NonNullable<ReturnType<typeof endpointsReport>>): void {
  const sci = (x: number | null) => (x === null ? '—' : x.toExponential(2));
  if (report.logits) process.stdout.write(`logits: ${report.logits.verdict}\n`);
  for (const e of report.endpoints)
    process.stdout.write(
      `  ${e.ok ? 'ok  ' : 'DIFF'} ${e.name.padEnd(18)} max|Δ| ${sci(e.maxAbs)}  ${sci(e.relToScale)} of scale${e.problem ? ` (${e.problem})` : ''}\n`,
    );
  if (!report.firstDiverging) {
    process.stdout.write('every end point agrees with the reference\n');
    return;
  }
  process.stdout.write(`first diverging end point: ${report.firstDiverging}; its weights (suspects):\n`);
  for (const s of report.suspects) process.stdout.write(`  ${s.graph} ← ${s.checkpoint ?? '(no weights)'}\n`);
}

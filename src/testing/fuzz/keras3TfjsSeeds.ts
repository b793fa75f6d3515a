// Node-only: seeds for the Keras 3 (.keras) and TF.js (model.json + shards) fuzz targets, written by
// the test writers, and a manifest-aware mutator for TF.js (byte damage alone mostly breaks the JSON).
import { writeKeras3, type Keras3TestLayer } from '../keras3Writer';
import { writeTfjs } from '../tfjsWriter';
import { mutateBytes } from './mutators';
import type { Random } from './random';
import type { Seed } from './seeds';

const LAYERS: Keras3TestLayer[] = [
  { name: 'conv', className: 'Conv2D', config: { use_bias: false }, vars: [{ shape: [3, 3, 2, 4] }] },
  {
    name: 'bn',
    className: 'BatchNormalization',
    vars: [{ shape: [4] }, { shape: [4] }, { shape: [4] }, { shape: [4] }],
  },
  {
    name: 'sep',
    className: 'SeparableConv2D',
    vars: [{ shape: [3, 3, 4, 1] }, { shape: [1, 1, 4, 2] }, { shape: [2] }],
  },
  { name: 'fc', className: 'Dense', vars: [{ shape: [2, 3] }, { shape: [3] }] },
];

export async function keras3Seeds(): Promise<Seed[]> {
  return [
    [{ name: 'model.keras', bytes: await writeKeras3(LAYERS) }],
    [{ name: 'deflated.keras', bytes: await writeKeras3(LAYERS, { deflateWeights: true }) }],
    [
      {
        name: 'named.keras',
        bytes: await writeKeras3(LAYERS, { recordNames: true, optimizerVars: [[], [2, 3]] }),
      },
    ],
  ];
}

const ramp = (n: number, step: number): number[] => Array.from({ length: n }, (_, i) => (i - n / 2) * step);

export function tfjsSeeds(): Seed[] {
  const plain = writeTfjs(
    [
      { name: 'conv2d/kernel', shape: [3, 3, 2, 4], values: ramp(72, 0.01) },
      { name: 'conv2d/bias', shape: [4], values: ramp(4, 0.5) },
      { name: 'step', shape: [], dtype: 'int32', values: [7] },
      { name: 'mask', shape: [3], dtype: 'bool', values: [1, 0, 1] },
      { name: 'vocab', shape: [2], dtype: 'string', values: ['ab', 'cde'] },
      { name: 'dense/kernel', shape: [4, 2], values: ramp(8, 0.3), newGroup: true },
    ],
    { shardBytes: 64 },
  );
  const quantized = writeTfjs(
    [
      { name: 'q8', shape: [30], values: ramp(30, 0.1), quantize: 'uint8' },
      { name: 'q16', shape: [5, 6], values: ramp(30, 0.1), quantize: 'uint16' },
      { name: 'f16', shape: [30], values: ramp(30, 0.1), quantize: 'float16' },
      { name: 'q8int', shape: [3], dtype: 'int32', values: [1, 50, 200], quantize: 'uint8' },
    ],
    { shardBytes: 40, format: 'graph-model' },
  );
  return [plain.files, quantized.files].map((files) =>
    files.map((f) => ({ name: `web/${f.name}`, bytes: f.bytes })),
  );
}

const HOSTILE_DIMS = [0, 1, -1, 2 ** 31, 2 ** 53, 1e300, 0.5];

/** Changes one field of the manifest the way a damaged or hostile model.json would. */
function mutateManifest(json: string, rng: Random): { text: string; step: string } {
  const model = JSON.parse(json) as {
    weightsManifest: { paths: string[]; weights: Record<string, unknown>[] }[];
  };
  const group = rng.pick(model.weightsManifest);
  const weight = rng.pick(group.weights);
  const r = rng.int(8);
  if (r === 0) weight.shape = [rng.pick(HOSTILE_DIMS), ...(weight.shape as number[])];
  else if (r === 1)
    weight.dtype = rng.pick(['float32', 'int32', 'bool', 'string', 'complex64', 'float64', 7]);
  else if (r === 2)
    weight.quantization = {
      dtype: rng.pick(['uint8', 'uint16', 'float16', 'int4']),
      scale: rng.pick([1, 0, -1e308, 'x']),
      min: 0,
    };
  else if (r === 3) delete weight.quantization;
  else if (r === 4) group.paths = rng.chance(0.5) ? [...group.paths, ...group.paths] : group.paths.slice(1);
  else if (r === 5) group.paths = group.paths.map((p) => `../../${p}`);
  else if (r === 6) group.weights.splice(rng.int(group.weights.length + 1), 0, { ...weight });
  else weight.name = rng.pick(['', weight.name, 'a/'.repeat(1000)]);
  return { text: JSON.stringify(model), step: `manifest change ${r} at ${String(weight.name).slice(0, 30)}` };
}

export async function mutateTfjs(seed: Seed, rng: Random) {
  const files = seed.slice();
  const jsonAt = files.findIndex((f) => f.name.endsWith('model.json'));
  const r = rng.next();
  if (r < 0.1 && files.length > 1) {
    const drop = 1 + rng.int(files.length - 1);
    return { files: files.filter((_, i) => i !== drop), steps: [`drop ${files[drop]!.name}`] };
  }
  if (r < 0.5 && jsonAt >= 0) {
    const { text, step } = mutateManifest(new TextDecoder().decode(files[jsonAt]!.bytes), rng);
    files[jsonAt] = { name: files[jsonAt]!.name, bytes: new TextEncoder().encode(text) };
    return { files, steps: [step] };
  }
  const i = rng.int(files.length);
  const { bytes, steps } = mutateBytes(files[i]!.bytes, rng);
  files[i] = { name: files[i]!.name, bytes };
  return { files, steps: steps.map((s) => `${s} ${files[i]!.name}`) };
}

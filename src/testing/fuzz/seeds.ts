// Node-only: builds the seed inputs that the fuzzers damage (real fixtures, generated files).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TensorData } from '../../formats/checkpoint';
import { encodeNpy } from '../../formats/numpy/npy';
import { encodeNpz } from '../../formats/numpy/npzWriter';
import { BundleWriter } from '../../formats/tensorflow/bundleWriter';
import { writtenBundleFiles } from '../../formats/tensorflow/dataParts';
import type { FuzzFile } from './outcome';

/** One seed: the files of one checkpoint or one single-file source. */
export type Seed = FuzzFile[];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every fixture folder of `fixturesDir` (e.g. ../shared/fixtures/tf) as one seed, read into memory. */
export function fixtureSeeds(fixturesDir: string): Seed[] {
  return readdirSync(fixturesDir)
    .filter((d) => statSync(join(fixturesDir, d)).isDirectory())
    .sort()
    .map((d) =>
      walk(join(fixturesDir, d)).map((p) => ({
        name: relative(fixturesDir, p).split('\\').join('/'),
        bytes: new Uint8Array(readFileSync(p)),
      })),
    );
}

const utf8 = (s: string) => new TextEncoder().encode(s);

async function bundleSeed(
  prefix: string,
  build: (w: BundleWriter) => void,
  bigEndian = false,
  numShards = 1,
) {
  const w = new BundleWriter({ bigEndian, numShards, blockSize: 256 });
  build(w);
  const files = await writtenBundleFiles(prefix, w.finish());
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.read(0, f.size) })));
}

/** Generated V2 bundles for paths the fixtures lack: big-endian, partitioned, strings, sharded. */
export async function syntheticBundleSeeds(): Promise<Seed[]> {
  return [
    await bundleSeed(
      'gen/big-endian',
      (w) => {
        w.addTensor('a/float16', 'float16', [3], Uint16Array.of(0x3c00, 0xc000, 0x7c00));
        w.addTensor('a/int64', 'int64', [2], BigInt64Array.of(-5n, 7n));
        w.addTensor('a/complex', 'complex64', [1], Float32Array.of(1, -1));
        w.addTensor('s/strings', 'string', [2], [utf8('hello'), utf8('é')]);
      },
      true,
    ),
    await bundleSeed(
      'gen/partitioned',
      (w) => {
        w.addPartitioned(
          'p/kernel',
          'float32',
          [4, 3],
          [
            {
              extents: [
                { start: 0, length: 2 },
                { start: 0, length: -1 },
              ],
              values: new Float32Array(6).fill(1),
            },
            {
              extents: [
                { start: 2, length: 2 },
                { start: 0, length: -1 },
              ],
              values: new Float32Array(6).fill(2),
              shard: 1,
            },
          ],
        );
        w.addPartitioned(
          'p/names',
          'string',
          [2],
          [
            { extents: [{ start: 0, length: 1 }], values: [utf8('x')] },
            { extents: [{ start: 1, length: 1 }], values: [utf8('yz')], shard: 1 },
          ],
        );
        w.addTensor('q/bias', 'float32', [3], Float32Array.of(1, 2, 3), 1);
      },
      false,
      2,
    ),
    await bundleSeed('gen/many', (w) => {
      for (let i = 0; i < 60; i++) w.addTensor(`scope${i % 7}/var${i}`, 'int32', [2], Int32Array.of(i, -i));
    }),
  ];
}

const SAMPLE_TENSORS: TensorData[] = [
  { name: 'w', dtype: 'float32', shape: [2, 3], values: Float32Array.of(1, 2, 3, 4, 5, 6) },
  { name: 'i', dtype: 'int64', shape: [2], values: BigInt64Array.of(-1n, 2n) },
  { name: 'b', dtype: 'bool', shape: [], values: Uint8Array.of(1) },
  { name: 'h', dtype: 'float16', shape: [2], values: Uint16Array.of(0x3c00, 0x4000) },
];

export function npySeeds(): Seed[] {
  return SAMPLE_TENSORS.flatMap((t, k) => [
    [{ name: `${t.name}.npy`, bytes: encodeNpy(t) }],
    [
      {
        name: `${t.name}-v${(k % 3) + 1}.npy`,
        bytes: encodeNpy(t, { version: ((k % 3) + 1) as 1 | 2 | 3, bigEndian: true, fortranOrder: true }),
      },
    ],
  ]);
}

export async function npzSeeds(): Promise<Seed[]> {
  const members = SAMPLE_TENSORS.map((t) => ({ name: t.name, tensor: () => Promise.resolve(t) }));
  return [
    [{ name: 'plain.npz', bytes: await encodeNpz(members) }],
    [{ name: 'deflated.npz', bytes: await encodeNpz(members, { compress: true }) }],
  ];
}

/** A .safetensors file: u64 LE header length, JSON header, data. */
export function safetensorsFile(header: object, data: Uint8Array): Uint8Array {
  const json = utf8(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.length), true);
  out.set(json, 8);
  out.set(data, 8 + json.length);
  return out;
}

export function safetensorsSeeds(): Seed[] {
  const data = new Uint8Array(64).map((_, i) => i);
  const header = {
    __metadata__: { format: 'pt' },
    'layer/kernel': { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] },
    'layer/bias': { dtype: 'BF16', shape: [2], data_offsets: [16, 20] },
    step: { dtype: 'I64', shape: [], data_offsets: [24, 32] },
    mask: { dtype: 'BOOL', shape: [4], data_offsets: [32, 36] },
    big: { dtype: 'F64', shape: [3], data_offsets: [40, 64] },
  };
  return [[{ name: 'model.safetensors', bytes: safetensorsFile(header, data) }]];
}

/** The `.meta` and `saved_model.pb` files among the fixtures (the largest ones left out for speed). */
export function graphFileSeeds(fixtures: readonly Seed[]): Seed[] {
  return fixtures
    .flat()
    .filter((f) => /(\.meta|saved_model\.pb)$/.test(f.name) && f.bytes.length < 400_000)
    .map((f) => [f]);
}

/** Mapping documents as Slimscope exports them (one with a transform, one with every optional field). */
export function mappingDocumentSeeds(): Seed[] {
  const doc = (pairs: object[], extra: object = {}) => ({
    format: 'slimscope-mapping',
    version: 1,
    createdAt: '2024-06-07T12:00:00.000Z',
    checkpoint: {
      prefix: 'run/model.ckpt',
      format: 'tf-v2',
      files: [{ name: 'run/model.ckpt.index', size: 1234 }],
      indexSha256: 'ab'.repeat(32),
      variableCount: 3,
    },
    model: { name: 'nasnet-mobile', mode: 'inference', numClasses: 1001, variableCount: 1126 },
    ema: 'raw',
    pairs,
    unmatched: { graph: ['final_layer/FC/biases'], checkpoint: ['global_step'] },
    ...extra,
  });
  const text = (o: object) => ({ name: 'mapping.json', bytes: utf8(JSON.stringify(o, null, 2)) });
  return [
    [
      text(
        doc([
          {
            checkpoint: 'tower_0/conv0/weights',
            graph: 'conv0/weights',
            how: 'rule',
            transform: null,
            confidence: 0.9,
          },
        ]),
      ),
    ],
    [
      text(
        doc([
          {
            checkpoint: 'k/dense/kernel',
            graph: 'final_layer/FC/weights',
            how: 'manual',
            transform: null,
            locked: true,
          },
          {
            checkpoint: 'cell_0/bn/gamma',
            graph: 'cell_0/comb_iter_0/left/bn_sep_5x5_1/gamma',
            how: 'exact',
            transform: null,
          },
        ]),
      ),
    ],
  ];
}

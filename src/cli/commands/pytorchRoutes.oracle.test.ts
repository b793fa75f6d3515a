// A Cadene-style NASNetAMobile .pth made from the oracle's Slim weights (names and layouts from
// Cadene's nasnet_mobile.py, see src/testing/matching), in the zip format, under DataParallel's
// `module.`, and as a legacy training checkpoint wrapping the state dict. Each must map to the Slim
// graph with zero clicks (every pair = the ground truth, each with its layout transform), export a TF
// checkpoint holding the oracle's exact values, and reproduce the oracle logits through `cli infer`.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckpointReader } from '../../formats/checkpoint';
import type { MappingDocument } from '../../formats/mapping/document';
import { decodeNpy } from '../../formats/numpy/npy';
import { bytesOfValues } from '../../formats/numpy/typedValues';
import { openNodeCheckpoint } from '../../formats/openNode';
import { cadeneMobileFromSlim, type CadenePort } from '../../testing/matching/cadenePth';
import { nasnetVariables } from '../../model/nasnet/variables';
import { oracleDir } from '../../testing/fixtures';
import {
  torchDict,
  torchTensor,
  writeTorchLegacy,
  writeTorchZip,
  type TorchValue,
} from '../../testing/torchWriter';
import { run as runExport } from './export';
import { run as runInfer } from './infer';
import { run as runMatch } from './match';

const dir = join(oracleDir, 'nasnet-mobile');
const haveOracle = existsSync(join(dir, 'model.ckpt.index'));
/** WASM tolerance of the oracle README: max |logit − reference| ≤ 2e-3 × max |reference|. */
const TOLERANCE = 2e-3;

let out: string;
let oracle: CheckpointReader;
let port: CadenePort;
const graph = nasnetVariables('nasnet-mobile', 'inference');

async function quietly(run: (a: string[]) => Promise<number>, args: string[]): Promise<number> {
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await run(args);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function stateDict(prefix: string): TorchValue {
  return torchDict(port.entries.map(([k, t]) => [`${prefix}${k}`, torchTensor(t.dtype, t.shape, t.bytes)]));
}

/** The training-script form: {epoch, arch, state_dict, best_acc1, optimizer}. */
function trainingCheckpoint(): TorchValue {
  return torchDict(
    [
      ['epoch', 90n],
      ['arch', 'nasnetamobile'],
      ['state_dict', stateDict('module.')],
      ['best_acc1', 74.08],
      [
        'optimizer',
        torchDict(
          [
            ['state', torchDict([], false)],
            [
              'param_groups',
              [
                torchDict(
                  [
                    ['lr', 0.0001],
                    ['momentum', 0.9],
                  ],
                  false,
                ),
              ],
            ],
          ],
          false,
        ),
      ],
    ],
    false,
  );
}

const FORMS = [
  {
    label: 'zip state dict',
    file: 'nasnetamobile.pth',
    key: '',
    bytes: () => writeTorchZip(stateDict(''), 'nasnetamobile'),
  },
  {
    label: 'zip under module.',
    file: 'dataparallel.pth',
    key: 'module.',
    bytes: () => writeTorchZip(stateDict('module.')),
  },
  {
    label: 'legacy training checkpoint',
    file: 'checkpoint-legacy.pth.tar',
    key: 'state_dict/module.',
    bytes: () => writeTorchLegacy(trainingCheckpoint()),
  },
] as const;

const PERMS: Record<string, number[]> = { conv: [2, 3, 1, 0], depthwise: [2, 3, 0, 1], fc: [1, 0] };
const expectedPerm = (g: (typeof graph)[number]): number[] | null =>
  g.shape.length === 4
    ? g.kind === 'depthwise_weights'
      ? PERMS.depthwise!
      : PERMS.conv!
    : g.shape.length === 2
      ? PERMS.fc!
      : null;

describe.skipIf(!haveOracle)('Cadene NASNetAMobile .pth → 0-click mapping, export, infer', () => {
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'slimscope-pth-'));
    oracle = await openNodeCheckpoint(join(dir, 'model.ckpt'));
    port = await cadeneMobileFromSlim(oracle);
    for (const f of FORMS) await writeFile(join(out, f.file), f.bytes());
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  for (const form of FORMS) {
    it(`${form.label}: names and values read back as written`, async () => {
      const r = await openNodeCheckpoint(join(out, form.file));
      expect(r.format).toBe(form.file.includes('legacy') ? 'pytorch-legacy' : 'pytorch-zip');
      const byName = new Map(r.variables.map((v) => [v.name, v]));
      for (const [k, t] of port.entries) {
        const v = byName.get(`${form.key}${k}`)!;
        expect([v.name, v.shape, v.role]).toEqual([
          `${form.key}${k}`,
          t.shape,
          k.endsWith('num_batches_tracked') ? 'bookkeeping' : 'weight',
        ]);
      }
      const sample = port.entries.filter((_, i) => i % 37 === 0);
      for (const [k, t] of sample) {
        const read = await r.readTensor(`${form.key}${k}`);
        expect(Buffer.from(bytesOfValues(read.values as Float32Array)).equals(t.bytes), k).toBe(true);
      }
      if (form.key.startsWith('state_dict')) {
        expect(byName.get('epoch')).toMatchObject({ role: 'metadata', value: '90' });
        expect(byName.get('optimizer/param_groups/0/lr')).toMatchObject({
          role: 'metadata',
          value: '0.0001',
        });
      }
    }, 60_000);

    it(`${form.label}: 0 clicks, every pair the ground truth with its layout transform; export holds the oracle's values`, async () => {
      const mapping = join(out, `${form.file}.mapping.json`);
      expect(
        await quietly(runMatch, [join(out, form.file), '--model', 'nasnet-mobile', '--out', mapping]),
      ).toBe(0);
      const doc = JSON.parse(await readFile(mapping, 'utf8')) as MappingDocument;
      expect(doc.unmatched.graph).toEqual([]);
      expect(doc.pairs).toHaveLength(graph.length);
      const byGraph = new Map(doc.pairs.map((p) => [p.graph, p]));
      for (const g of graph) {
        const p = byGraph.get(g.name)!;
        expect([g.name, p.checkpoint]).toEqual([g.name, `${form.key}${port.truth.get(g.name)!}`]);
        expect([g.name, p.transform?.map((s) => (s.op === 'permute' ? s.perm : s.op)) ?? null]).toEqual([
          g.name,
          expectedPerm(g) ? [expectedPerm(g)] : null,
        ]);
      }
      // num_batches_tracked stays out of the mapping (bookkeeping, not a weight).
      expect(doc.pairs.some((p) => p.checkpoint.endsWith('num_batches_tracked'))).toBe(false);

      const prefix = join(out, `${form.file}-export`, 'model.ckpt');
      expect(await quietly(runExport, [join(out, form.file), '--mapping', mapping, '--out', prefix])).toBe(0);
      const tf = await openNodeCheckpoint(prefix);
      expect(tf.format).toBe('tf-v2');
      expect(tf.variables.map((v) => v.name).sort()).toEqual(graph.map((g) => g.name).sort());
      for (const g of graph) {
        const [mine, want] = await Promise.all([tf.readTensor(g.name), oracle.readTensor(g.name)]);
        expect([g.name, mine.shape]).toEqual([g.name, want.shape]);
        const same = Buffer.from(bytesOfValues(mine.values as Float32Array)).equals(
          bytesOfValues(want.values as Float32Array),
        );
        expect([g.name, same]).toEqual([g.name, true]);
      }
    }, 180_000);
  }

  for (const form of [FORMS[0], FORMS[2]]) {
    it(`${form.label}: cli infer with the mapping reproduces the oracle logits`, async () => {
      const mapping = join(out, `${form.file}.mapping.json`);
      if (!existsSync(mapping))
        await quietly(runMatch, [join(out, form.file), '--model', 'nasnet-mobile', '--out', mapping]);
      const logitsOut = join(out, `${form.file}.logits.npy`);
      const args = [join(out, form.file), '--model', 'nasnet-mobile', '--mapping', mapping];
      const code = await quietly(runInfer, [
        ...args,
        '--input',
        join(dir, 'input.npy'),
        '--out',
        logitsOut,
        '--backend',
        'wasm',
      ]);
      expect(code).toBe(0);
      const got = decodeNpy(readFileSync(logitsOut), 'logits').values as Float32Array;
      const want = decodeNpy(readFileSync(join(dir, 'logits.npy')), 'logits').values as Float32Array;
      expect(got.length).toBe(want.length);
      let diff = 0;
      let scale = 0;
      want.forEach((w, i) => {
        diff = Math.max(diff, Math.abs(got[i]! - w));
        scale = Math.max(scale, Math.abs(w));
      });
      expect(diff / scale).toBeLessThan(TOLERANCE);
    }, 300_000);
  }
});

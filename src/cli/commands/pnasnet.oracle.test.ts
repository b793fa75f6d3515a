import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseMappingDocument } from '../../formats/mapping/document';
import { decodeNpy } from '../../formats/numpy/npy';
import { COMPARE_TOLERANCE, compareLogits } from '../../inference/compareLogits';
import { oracleDir } from '../../testing/fixtures';
import { run as graph } from './graph';
import { run as infer } from './infer';
import { run as match } from './match';

const dir = join(oracleDir, 'pnasnet-mobile');

async function stdoutOf(body: () => Promise<number>): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    expect(await body()).toBe(0);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('CLI graph --model pnasnet-*', () => {
  it('lists the variables as JSON for both models and modes', async () => {
    for (const [model, mode, count] of [
      ['pnasnet-mobile', 'inference', 933],
      ['pnasnet-mobile', 'training', 945],
      ['pnasnet-large', 'inference', 1179],
      ['pnasnet-large', 'training', 1191],
    ] as const) {
      const json = await stdoutOf(() => graph(['--model', model, '--mode', mode, '--json']));
      const { variables } = JSON.parse(json) as { variables: { name: string; shape: number[] }[] };
      expect(variables).toHaveLength(count);
      expect(variables[0]).toEqual({
        name: 'conv0/weights',
        shape: [3, 3, 3, model === 'pnasnet-mobile' ? 32 : 96],
        dtype: 'float32',
      });
    }
  });
});

describe.skipIf(!existsSync(join(dir, 'model.ckpt.index')))(
  'CLI match + infer on the PNASNet-5 Mobile oracle',
  () => {
    it('matches every variable and reproduces the reference logits on CPU', async () => {
      const tmp = await mkdtemp(join(tmpdir(), 'slimscope-pnasnet-'));
      const mapping = join(tmp, 'mapping.json');
      await stdoutOf(() => match([join(dir, 'model.ckpt'), '--model', 'pnasnet-mobile', '--out', mapping]));
      const doc = parseMappingDocument(await readFile(mapping, 'utf8'), mapping);
      expect(doc.model).toMatchObject({
        name: 'pnasnet-mobile',
        mode: 'inference',
        numClasses: 1001,
        variableCount: 933,
      });
      expect(doc.pairs).toHaveLength(933);
      const out = join(tmp, 'logits.npy');
      const args = ['--model', 'pnasnet-mobile', '--mapping', mapping, '--input', join(dir, 'input.npy')];
      await stdoutOf(() => infer([join(dir, 'model.ckpt'), ...args, '--out', out, '--backend', 'cpu']));
      const got = decodeNpy(await readFile(out), out).values as Float32Array;
      const want = decodeNpy(await readFile(join(dir, 'logits.npy')), 'logits.npy').values as Float32Array;
      expect(got).toHaveLength(2 * 1001);
      let diff = 0;
      let scale = 0;
      want.forEach((v, i) => {
        diff = Math.max(diff, Math.abs((got[i] ?? NaN) - v));
        scale = Math.max(scale, Math.abs(v));
      });
      expect(diff / scale).toBeLessThan(1e-4);
    }, 180_000);

    it('with no --model (auto): match --json detects PNASNet-5 Mobile, and infer reproduces the logits', async () => {
      const tmp = await mkdtemp(join(tmpdir(), 'slimscope-pnasnet-auto-'));
      const mapping = join(tmp, 'mapping.json');
      const json = await stdoutOf(() => match([join(dir, 'model.ckpt'), '--out', mapping, '--json']));
      expect(JSON.parse(json)).toEqual({
        matched: 933,
        missing: 0,
        // The aux head (training only) is all the checkpoint holds beyond the inference graph.
        unused: 12,
        out: mapping,
        model: { name: 'pnasnet-mobile', mode: 'inference', numClasses: 1001 },
        detected: {
          fit: 'complete',
          summary:
            'PNASNet-5 Mobile, inference, 1001 classes: covers 933/933 variables; 1001 classes from final_layer/FC/weights [1080,1001].',
          covered: 933,
          total: 933,
        },
      });
      const doc = parseMappingDocument(await readFile(mapping, 'utf8'), mapping);
      expect(doc.model).toMatchObject({ name: 'pnasnet-mobile', mode: 'inference', numClasses: 1001 });
      expect(doc.model.detected).toMatch(/^PNASNet-5 Mobile, inference, 1001 classes: covers 933\/933/);

      // No --model and no --mapping: infer detects the model itself.
      const out = join(tmp, 'logits.npy');
      const args = ['--input', join(dir, 'input.npy'), '--out', out, '--backend', 'cpu', '--json'];
      const printed = JSON.parse(await stdoutOf(() => infer([join(dir, 'model.ckpt'), ...args]))) as {
        model: { name: string; numClasses: number; detected: string | null };
      };
      expect(printed.model).toMatchObject({ name: 'pnasnet-mobile', numClasses: 1001 });
      expect(printed.model.detected).toMatch(/^PNASNet-5 Mobile, inference, 1001 classes: covers 933\/933/);
      const got = decodeNpy(await readFile(out), out);
      const want = decodeNpy(await readFile(join(dir, 'logits.npy')), 'logits.npy');
      expect(got.shape).toEqual([2, 1001]);
      const verdict = compareLogits(
        got.values as Float32Array,
        got.shape,
        want.values as Float32Array,
        want.shape,
        COMPARE_TOLERANCE.cpu,
      );
      expect(verdict.maxRelDiff).toBeLessThan(COMPARE_TOLERANCE.cpu);
      expect(verdict.pass).toBe(true);
      expect(verdict.top1Agreement).toBe(2);
    }, 180_000);
  },
);

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeNpy } from '../../formats/numpy/npy';
import { writeKeras3 } from '../../testing/keras3Writer';
import { writeTfjs } from '../../testing/tfjsWriter';
import { run } from './inspect';

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  const e = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  try {
    return { code: await run(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'inspect-k3-tfjs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Listing = { format: string; variables: Array<Record<string, unknown>> };

describe('cli inspect: Keras 3 and TF.js', () => {
  it('lists a .keras archive (format keras3, fullName and layerClass from config.json)', async () => {
    const file = join(tmp, 'model.keras');
    writeFileSync(
      file,
      await writeKeras3([
        { name: 'predictions', className: 'Dense', vars: [{ shape: [2, 3] }, { shape: [3] }] },
      ]),
    );
    const { code, out } = await capture([file, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Listing;
    expect(json.format).toBe('keras3');
    expect(json.variables.map((v) => [v.name, v.fullName, v.layerClass, v.shape])).toEqual([
      ['layers/dense/vars/0', 'predictions/kernel', 'Dense', [2, 3]],
      ['layers/dense/vars/1', 'predictions/bias', 'Dense', [3]],
    ]);
    const table = await capture([file]);
    expect(table.out).toContain('keras3');
    expect(table.out).toContain('layers/dense/vars/0  (predictions/kernel)  [Dense]');
  });

  it('lists a TF.js model given as its model.json or its folder, with the quantization; --npy dequantizes', async () => {
    const dir = join(tmp, 'web');
    mkdirSync(dir);
    const t = writeTfjs(
      [
        { name: 'dense/kernel', shape: [2, 2], values: [0.5, -1, 2, 0.25], quantize: 'uint8' },
        { name: 'dense/bias', shape: [2], values: [1, 2] },
      ],
      { shardBytes: 3 },
    );
    for (const f of t.files) writeFileSync(join(dir, f.name), f.bytes);
    for (const target of [join(dir, 'model.json'), dir]) {
      const { code, out } = await capture([target, '--json']);
      expect(code).toBe(0);
      const json = JSON.parse(out) as Listing;
      expect(json.format).toBe('tfjs');
      expect(
        json.variables.map((v) => [
          v.name,
          v.dtype,
          v.shape,
          v.bytes,
          (v.quantization as { dtype?: string } | undefined)?.dtype,
        ]),
      ).toEqual([
        ['dense/kernel', 'float32', [2, 2], 4, 'uint8'],
        ['dense/bias', 'float32', [2], 8, undefined],
      ]);
    }
    const npy = join(tmp, 'k.npy');
    expect((await capture([join(dir, 'model.json'), '--npy', 'dense/kernel', '--out', npy])).code).toBe(0);
    const back = decodeNpy(new Uint8Array(readFileSync(npy)), 'k.npy');
    expect(back.shape).toEqual([2, 2]);
    expect(Array.from(back.values as Float32Array)).toEqual(t.expected.get('dense/kernel'));
  });

  it('a TF.js model with a shard missing: listed, with a MISSING_SHARD warning naming the file', async () => {
    const dir = join(tmp, 'partial');
    mkdirSync(dir);
    const t = writeTfjs([{ name: 'w', shape: [4], values: [1, 2, 3, 4] }], { shardBytes: 8 });
    for (const f of t.files.filter((x) => x.name !== 'group1-shard2of2.bin'))
      writeFileSync(join(dir, f.name), f.bytes);
    const { code, out, err } = await capture([join(dir, 'model.json'), '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Listing).variables.map((v) => v.name)).toEqual(['w']);
    expect(err).toContain('[MISSING_SHARD]');
    expect(err).toContain('group1-shard2of2.bin');
  });
});

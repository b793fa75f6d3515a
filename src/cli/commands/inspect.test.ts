import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fixture, haveSharedFixtures, sharedDir } from '../../testing/fixtures';
import { openNodeCheckpoint } from '../../formats/openNode';
import { decodeNpy } from '../../formats/numpy/npy';
import { run } from './inspect';

async function capture(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await run(args), out };
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'inspect-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!haveSharedFixtures())('cli inspect', () => {
  it('--json prints {format, variables:[{name,dtype,shape,bytes,shard,offset,role[,fullName]}]}', async () => {
    const { code, out } = await capture([fixture('keras-iris-sharded-tf2/model.ckpt'), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { format: string; variables: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['format', 'variables']);
    expect(json.format).toBe('tf-v2');
    expect(json.variables).toHaveLength(18);
    const kernel = json.variables.find((v) => v.name === 'layer-1/kernel/.ATTRIBUTES/VARIABLE_VALUE')!;
    expect(Object.keys(kernel)).toEqual([
      'name',
      'dtype',
      'shape',
      'bytes',
      'shard',
      'offset',
      'role',
      'fullName',
    ]);
    expect(kernel).toMatchObject({
      dtype: 'float32',
      shape: [4, 128],
      bytes: 2048,
      shard: 1,
      role: 'weight',
    });
    expect(kernel.fullName).toBe('sequential/dense/kernel');
    const iter = json.variables.find((v) => v.name === 'optimizer/iter/.ATTRIBUTES/VARIABLE_VALUE')!;
    expect([iter.dtype, iter.role]).toEqual(['int64', 'bookkeeping']);
  });

  it('`dir/` with a `dir/.index` opens the empty-prefix checkpoint, as TensorFlow reads the prefix `dir/`', async () => {
    const dir = fixture('dnn-test-tf1.12');
    const { code, out } = await capture([`${dir}/`, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { variables: { name: string }[] };
    expect(json.variables.map((v) => v.name)).toContain('output/kernel');
    const reader = await openNodeCheckpoint(`${dir}/`);
    expect(reader.prefix.endsWith('dnn-test-tf1.12/')).toBe(true);
    // Without the separator the folder holds two checkpoints: still a choice to make.
    await expect(openNodeCheckpoint(dir)).rejects.toThrow(/2 checkpoints/);
  });

  it('lists V1 checkpoints given as a single file path', async () => {
    const { out } = await capture([fixture('serving-half-plus-two-v1/export'), '--json']);
    const json = JSON.parse(out) as { format: string; variables: Array<{ name: string }> };
    expect(json.format).toBe('tf-v1');
    expect(json.variables.map((v) => v.name)).toEqual(['Variable', 'Variable_1']);
  });

  it('--npy NAME --out writes the tensor as .npy', async () => {
    const prefix = fixture('vqvae-tf2-checkpoint/ckpt-1');
    const name = 'decoder/conv1/w/.ATTRIBUTES/VARIABLE_VALUE';
    const out = join(tmp, 't.npy');
    expect((await capture([prefix, '--npy', name, '--out', out])).code).toBe(0);
    const t = decodeNpy(new Uint8Array(readFileSync(out)), out);
    const expected = await (await openNodeCheckpoint(prefix)).readTensor(name);
    expect([t.dtype, t.shape]).toEqual(['float32', [3, 3, 64, 128]]);
    expect(t.values).toEqual(expected.values);
  });

  it('--time N prints the median milliseconds of N index parses', async () => {
    const { out } = await capture([fixture('keras-nasnetmobile-index-only'), '--time', '3', '--json']);
    const t = JSON.parse(out) as { medianMs: number; runs: number; entries: number };
    expect([t.runs, t.entries]).toEqual([3, 1894]);
    expect(t.medianMs).toBeGreaterThan(0);
  });

  const torch = (f: string) => join(sharedDir, 'fixtures', 'torch', f);

  it('lists a PyTorch file in the same document: format, tensors by dict path, metadata with its value', async () => {
    const { code, out } = await capture([torch('nested-legacy.pth'), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { format: string; variables: Array<Record<string, unknown>> };
    expect(json.format).toBe('pytorch-legacy');
    const byName = new Map(json.variables.map((v) => [v.name, v]));
    expect(byName.get('state_dict/module.conv.weight')).toMatchObject({
      dtype: 'float32',
      shape: [4, 3, 3, 3],
      bytes: 432,
      role: 'weight',
    });
    expect(byName.get('arch')).toMatchObject({ role: 'metadata', dtype: 'string', value: 'tinynet' });
    expect(Object.keys(byName.get('state_dict/module.conv.weight')!)).not.toContain('value');
  });

  it('--npy exports a PyTorch tensor view in C order', async () => {
    const out = join(tmp, 'strided.npy');
    expect((await capture([torch('views.pth'), '--npy', 'strided', '--out', out])).code).toBe(0);
    const t = decodeNpy(new Uint8Array(readFileSync(out)), out);
    const expected = await (await openNodeCheckpoint(torch('views.pth'))).readTensor('strided');
    expect([t.dtype, t.shape]).toEqual(['float32', [2, 3]]);
    expect(t.values).toEqual(expected.values);
  });

  it('--time on a PyTorch file times the listing', async () => {
    const { out } = await capture([torch('tiny-net.pth'), '--time', '3', '--json']);
    const t = JSON.parse(out) as { medianMs: number; runs: number; entries: number };
    expect([t.runs, t.entries]).toEqual([3, 8]);
  });
});

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures } from '../testing/fixtures';
import { memoryByteSource as memorySource } from './bytes/readChecks';
import { encodeNpy } from './numpy/npy';
import { encodeNpz } from './numpy/npzWriter';
import { listNodeCheckpointPrefixes, openNodeCheckpoint } from './openNode';
import { detectSingleFile, FORMATS, listWeightSources } from './registry';
import { torchDict, torchTensor, writeTorchLegacy, writeTorchZip } from '../testing/torchWriter';

const tmp = mkdtempSync(join(tmpdir(), 'registry-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const weights = { name: 'w', dtype: 'float32' as const, shape: [2], values: new Float32Array([1, 2]) };

describe('format registry', () => {
  it('has one entry per id, and every entry names its extensions in lower case', () => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FORMATS) for (const e of f.extensions) expect(e).toBe(e.toLowerCase());
  });

  it('detects single files by extension (any case) and leaves unknown names alone', async () => {
    const npy = encodeNpy(weights);
    expect((await detectSingleFile(memorySource('a/B.NPY', npy)))?.id).toBe('npy');
    expect(await detectSingleFile(memorySource('a/notes.txt', npy))).toBeUndefined();
  });

  it('claims .pth/.pt/.bin/.ckpt for PyTorch only when the file starts like torch.save output', async () => {
    const zip = writeTorchZip(torchDict([['w', torchTensor('float32', [2], new Uint8Array(8))]]));
    const legacy = writeTorchLegacy(torchDict([['w', torchTensor('float32', [2], new Uint8Array(8))]]));
    for (const name of ['m.pth', 'm.PT', 'pytorch_model.bin', 'last.ckpt', 'checkpoint.pth.tar'])
      expect((await detectSingleFile(memorySource(name, zip)))?.id, name).toBe('pytorch');
    expect((await detectSingleFile(memorySource('old.pth', legacy)))?.id).toBe('pytorch');
    // Raw floats named like a TF.js shard, and a TF V1 table named model.ckpt, are not PyTorch files.
    expect(
      await detectSingleFile(memorySource('group1-shard1of1.bin', new Uint8Array(64).fill(7))),
    ).toBeUndefined();
    expect(await detectSingleFile(memorySource('model.ckpt', new Uint8Array(64)))).toBeUndefined();
    const [source] = await listWeightSources([memorySource('m.pth', zip)]);
    expect((await source!.open()).format).toBe('pytorch-zip');
  });

  it('lists loose weight files beside nothing else as one source each, in the order given', async () => {
    const npz = await encodeNpz([{ name: 'w', tensor: async () => weights }]);
    const sources = await listWeightSources([
      memorySource('x.npy', encodeNpy(weights)),
      memorySource('y.npz', npz),
    ]);
    expect(sources.map((s) => [s.formatId, s.prefix])).toEqual([
      ['npy', 'x.npy'],
      ['npz', 'y.npz'],
    ]);
    const reader = await sources[1]!.open();
    expect(reader.format).toBe('npz');
    expect(reader.variables.map((v) => v.name)).toEqual(['w']);
  });
});

describe.skipIf(!haveSharedFixtures())('Node opener through the registry', () => {
  it('opens a single weight file given as a path, without looking at its folder', async () => {
    const dir = join(tmp, 'single');
    mkdirSync(dir);
    writeFileSync(join(dir, 'w.npy'), encodeNpy(weights));
    writeFileSync(join(dir, 'broken.index'), new Uint8Array(3));
    const r = await openNodeCheckpoint(join(dir, 'w.npy'));
    expect(r.format).toBe('npy');
  });

  it('a folder holding one TF checkpoint and loose .npy files opens the checkpoint', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir);
    for (const f of ['model.ckpt.index', 'model.ckpt.data-00000-of-00001'])
      copyFileSync(fixture('houseprices-tf1.10', f), join(dir, f));
    writeFileSync(join(dir, 'input.npy'), encodeNpy(weights));
    expect((await openNodeCheckpoint(dir)).format).toBe('tf-v2');
    expect((await listNodeCheckpointPrefixes(dir)).map((c) => c.format)).toEqual(['tf-v2']);
  });

  it('a V1 table named model.ckpt stays a TF checkpoint', async () => {
    const r = await openNodeCheckpoint(fixture('nxt-robot-v1/model.ckpt'));
    expect(r.format).toBe('tf-v1');
  });
});

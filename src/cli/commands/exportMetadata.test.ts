// A PyTorch training checkpoint's metadata (epoch, arch, None, unread objects) is not a tensor:
// `export` without --mapping (or with --keep-unmapped) must leave it out and say so on stderr.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { haveSharedFixtures, sharedDir } from '../../testing/fixtures';
import { run } from './export';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'slimscope-cli-export-meta-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe.skipIf(!haveSharedFixtures())('cli export of a PyTorch checkpoint with metadata', () => {
  it('writes only tensors, reports the metadata entries left out on stderr and in --json', async () => {
    const source = join(sharedDir, 'fixtures', 'torch', 'nested.pth');
    const original = await openNodeCheckpoint(source);
    const metadata = original.variables.filter((v) => v.role === 'metadata').map((v) => v.name);
    expect(metadata).toEqual(expect.arrayContaining(['epoch', 'arch', 'note']));
    const printed: string[] = [];
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (printed.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    const target = join(out, 'nested', 'model.ckpt');
    try {
      expect(await run([source, '--out', target, '--keep-unmapped', '--json'])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    const summary = JSON.parse(printed.join('')) as { notTensors: string[]; tensors: number };
    expect([...summary.notTensors].sort()).toEqual([...metadata].sort());
    expect(summary.tensors).toBe(original.variables.length - metadata.length);
    expect(errors.join('')).toMatch(
      new RegExp(`left out ${metadata.length} metadata entries \\(.*epoch.*\\): they are not tensors`),
    );
    const back = await openNodeCheckpoint(target);
    const names = back.variables.map((v) => v.name);
    for (const m of metadata) expect(names).not.toContain(m);
    expect(names).toContain('state_dict/module.conv.weight');
    expect(back.variables.every((v) => v.dtype !== 'string')).toBe(true);
  });
});

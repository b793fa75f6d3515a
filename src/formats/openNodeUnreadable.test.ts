// A single named file that no format opens must say what is wrong with that file, not list every
// other file of its folder as "no checkpoint with this prefix".
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlimscopeError } from '../base/errors';
import { openNodeCheckpoint } from './openNode';

let dir: string;

async function openError(name: string): Promise<SlimscopeError> {
  try {
    await openNodeCheckpoint(join(dir, name));
  } catch (e) {
    if (e instanceof SlimscopeError) return e;
    throw e;
  }
  throw new Error(`${name} opened`);
}

describe('opening one named file that is not a weight file', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slimscope-unreadable-'));
    // pickle.dumps({'a': 1}, protocol=4): a plain Python pickle, not written by torch.save
    const plainPickle = Uint8Array.from([
      0x80, 0x04, 0x95, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x8c, 0x01, 0x61, 0x94, 0x4b, 0x01, 0x73, 0x2e,
    ]);
    await writeFile(join(dir, 'weights.pth'), plainPickle);
    await writeFile(join(dir, 'weights.pkl'), plainPickle);
    await writeFile(join(dir, 'empty.pt'), new Uint8Array(0));
    await writeFile(join(dir, 'notes.pth'), 'not a checkpoint');
    // other files in the folder the old message listed
    await writeFile(join(dir, 'other.npy'), new Uint8Array(0));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a plain pickle named .pth: BAD_FORMAT naming the file and the pickle', async () => {
    const e = await openError('weights.pth');
    expect(e.code).toBe('BAD_FORMAT');
    expect(e.file).toBe(join(dir, 'weights.pth'));
    expect(e.problem).toMatch(/pickle \(protocol 4\) that torch\.save did not write/);
  });

  it('an empty .pt: says it is empty', async () => {
    const e = await openError('empty.pt');
    expect([e.code, e.file, e.problem]).toEqual(['BAD_FORMAT', join(dir, 'empty.pt'), 'The file is empty.']);
  });

  it('text named .pth: not a torch.save file', async () => {
    const e = await openError('notes.pth');
    expect([e.code, e.file]).toEqual(['BAD_FORMAT', join(dir, 'notes.pth')]);
    expect(e.problem).toMatch(/neither a torch\.save ZIP archive nor a legacy/);
  });

  it('an extension no format claims: BAD_FORMAT listing what is read, not the folder', async () => {
    const e = await openError('weights.pkl');
    expect([e.code, e.file]).toEqual(['BAD_FORMAT', join(dir, 'weights.pkl')]);
    expect(e.hint).toMatch(/PyTorch torch\.save file/);
    expect(e.message).not.toMatch(/other\.npy/);
  });
});

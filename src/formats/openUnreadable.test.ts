// The browser path (the checkpoint worker's openCheckpoint over Blobs) must diagnose one dropped file
// a format claims by name but cannot read, as the CLI does, not answer "none of these files…".
import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../base/errors';
import { blobByteSource } from './bytes/blobByteSource';
import type { ByteSource } from './bytes/byteSource';
import { memoryByteSource } from './bytes/readChecks';
import { openCheckpoint } from './open';

// pickle.dumps({'a': 1}, protocol=4): a plain Python pickle, not written by torch.save
const PLAIN_PICKLE = Uint8Array.from([
  0x80, 0x04, 0x95, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x8c, 0x01, 0x61, 0x94, 0x4b, 0x01, 0x73, 0x2e,
]);

async function openError(files: ByteSource[]): Promise<SlimscopeError> {
  try {
    await openCheckpoint(files);
  } catch (e) {
    if (e instanceof SlimscopeError) return e;
    throw e;
  }
  throw new Error('opened');
}

describe('openCheckpoint on one dropped file no format can read', () => {
  it('a plain pickle named .pth (Blob): BAD_FORMAT naming the file and the pickle', async () => {
    const e = await openError([blobByteSource(new Blob([PLAIN_PICKLE]), 'weights.pth')]);
    expect([e.code, e.file]).toEqual(['BAD_FORMAT', 'weights.pth']);
    expect(e.problem).toMatch(/pickle \(protocol 4\) that torch\.save did not write/);
  });

  it('an empty .pt (memory): says it is empty', async () => {
    const e = await openError([memoryByteSource('empty.pt', new Uint8Array(0))]);
    expect([e.code, e.file, e.problem]).toEqual(['BAD_FORMAT', 'empty.pt', 'The file is empty.']);
  });

  it('text named .pth: not a torch.save file', async () => {
    const text = new TextEncoder().encode('not a checkpoint');
    const e = await openError([blobByteSource(new Blob([text]), 'notes.pth')]);
    expect([e.code, e.file]).toEqual(['BAD_FORMAT', 'notes.pth']);
    expect(e.problem).toMatch(/neither a torch\.save ZIP archive nor a legacy/);
  });

  it('an extension no format claims keeps the generic message; a lone .data keeps MISSING_INDEX', async () => {
    const generic = await openError([memoryByteSource('weights.pkl', PLAIN_PICKLE)]);
    expect(generic.code).toBe('BAD_FORMAT');
    expect(generic.problem).toMatch(/None of these files is a weight file/);
    const orphan = await openError([
      memoryByteSource('model.ckpt.data-00000-of-00001', new Uint8Array(4)),
      memoryByteSource('empty.pt', new Uint8Array(0)),
    ]);
    expect(orphan.code).toBe('MISSING_INDEX');
  });
});

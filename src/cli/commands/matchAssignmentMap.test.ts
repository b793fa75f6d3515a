// An init_from_checkpoint assignment map cannot express a transform: `match --assignment-map` must
// say how many pairs it left out and point to `export` for a checkpoint TF loads with every pair.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { run } from './match';

describe.skipIf(!haveSharedFixtures())('CLI match --assignment-map', () => {
  it('warns on stderr about the pairs with a transform it left out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slimscope-match-am-'));
    const out = join(dir, 'mapping.json');
    const am = join(dir, 'am.json');
    // The 1000-class Keras NASNetMobile matched to the 1001-class Slim graph: the logits kernel and
    // bias need a background row, which an assignment map cannot add.
    const prefix = fixture('keras-nasnetmobile-index-only', 'variables', 'variables');
    let stderr = '';
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
    try {
      expect(await run([prefix, '--model', 'nasnet-mobile', '--out', out, '--assignment-map', am])).toBe(0);
    } finally {
      err.mockRestore();
    }
    const map = JSON.parse(await readFile(am, 'utf8')) as Record<string, string>;
    expect(Object.keys(map)).toHaveLength(1124);
    expect(stderr).toMatch(/warning: 2 of 1126 pairs need a transform .* left out of the assignment map/);
    expect(stderr).toMatch(/init_from_checkpoint .* cannot transform/);
    expect(stderr).toContain(`npm run cli -- export ${prefix} --mapping ${out} --out <new prefix>`);
    await rm(dir, { recursive: true, force: true });
  });
});

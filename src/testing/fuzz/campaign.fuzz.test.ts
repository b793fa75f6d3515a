import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import { fixturesDir, haveSharedFixtures } from '../fixtures';
import { runCampaign } from './campaign';
import { loadSeedSets } from './loadSeeds';
import { judge } from './outcome';
import { fuzzTargets } from './targets';

// The short, deterministic share of `npm run fuzz`: fixed seed, fixed count, same inputs every run.
const SEED = 20240607;
const COUNT = 4000;

describe('fuzz judge', () => {
  const files = [{ name: 'x.bin', bytes: new Uint8Array(100) }];
  it('accepts complete SlimscopeErrors and rejects anything else', async () => {
    const typed = new SlimscopeError({ code: 'BAD_FORMAT', file: 'x.bin', problem: 'Bad.', hint: 'Fix it.' });
    expect((await judge(files, () => Promise.reject(typed))).ok).toBe(true);
    const untyped = await judge(files, () => Promise.reject(new RangeError('Invalid array length')));
    expect(untyped).toMatchObject({ ok: false, reason: expect.stringMatching(/untyped error RangeError/) });
    const noHint = new SlimscopeError({ code: 'BAD_FORMAT', file: 'x.bin', problem: 'Bad.', hint: '' });
    expect(await judge(files, () => Promise.reject(noHint))).toMatchObject({ ok: false });
  });

  it('refuses an allocation far beyond the input size and flags excessive reading', async () => {
    const alloc = await judge(files, async () => void new Float64Array(2 ** 28));
    expect(alloc).toMatchObject({ ok: false, reason: expect.stringMatching(/exceeds the fuzz limit/) });
    const reread = await judge(files, async ([f]) => {
      for (let i = 0; i < 20_000; i++) await f!.read(0, 100);
    });
    expect(reread).toMatchObject({ ok: false, reason: expect.stringMatching(/read 2000000 bytes/) });
  });
});

describe.skipIf(!haveSharedFixtures())('short fuzz run over every parser (real fixtures as seeds)', () => {
  it(`${COUNT} damaged inputs: each parsed or a complete typed error, bounded memory and time`, async () => {
    const targets = fuzzTargets(await loadSeedSets(fixturesDir));
    expect(targets.map((t) => t.name).sort()).toEqual(
      [
        'bundle-entry',
        'keras-h5',
        'keras3',
        'tfjs',
        'mapping-document',
        'meta-graph',
        'npy',
        'npz',
        'object-graph',
        'pytorch',
        'safetensors',
        'tf-checkpoint',
      ].sort(),
    );
    const result = await runCampaign({ seed: SEED, count: COUNT, targets });
    const failures = result.failures.map(
      (f) => `#${f.iteration} ${f.target} [${f.steps.join(', ')}]: ${f.reason}`,
    );
    expect(failures).toEqual([]);
    expect(result.runs).toBe(COUNT);
    // The damage reaches deep checks, not only the first magic-number test.
    const tf = result.tallies['tf-checkpoint']!;
    for (const code of ['BAD_CRC', 'BAD_MAGIC', 'TRUNCATED', 'SHAPE_MISMATCH', 'MISSING_SHARD']) {
      expect(tf.codes[code] ?? 0, code).toBeGreaterThan(0);
    }
    const torch = result.tallies.pytorch!;
    for (const code of ['BAD_FORMAT', 'TRUNCATED'])
      expect(torch.codes[code] ?? 0, `pytorch ${code}`).toBeGreaterThan(0);
    const tfjs = result.tallies.tfjs!;
    for (const code of ['BAD_FORMAT', 'TRUNCATED', 'MISSING_SHARD'])
      expect(tfjs.codes[code] ?? 0, `tfjs ${code}`).toBeGreaterThan(0);
    for (const t of targets) expect(result.tallies[t.name]?.runs ?? 0, t.name).toBeGreaterThan(10);
  }, 180_000);
});

// `diff --mapping`: a missing file says so; a mapping none of whose pairs names a tensor of A and of
// B is refused (it was made for other checkpoints) instead of being silently ignored; pairs that
// do not apply are reported on stderr and left out, the rest still pairs.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TensorData } from '../../formats/checkpoint';
import type { DiffResult } from '../../matching/compare/diffTypes';
import { writeCheckpointFiles } from '../../testing/compare/checkpointPairs';

const exec = promisify(execFile);

const f32 = (name: string, n: number, scale = 1): TensorData => ({
  name,
  dtype: 'float32',
  shape: [n],
  values: Float32Array.from({ length: n }, (_, i) => Math.sin(i + n) * scale),
});

async function diff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npx', ['tsx', 'src/cli/main.ts', 'diff', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    return e as { code: number; stdout: string; stderr: string };
  }
}

describe('CLI diff --mapping that does not fit', () => {
  let dir = '';
  const A = () => join(dir, 'a');
  const B = () => join(dir, 'b');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slimscope-diff-mapping-'));
    await writeCheckpointFiles(A(), [f32('x/w', 5), f32('y/w', 7)]);
    await writeCheckpointFiles(B(), [f32('p/w', 5, 2), f32('q/w', 7)]);
    await writeFile(join(dir, 'other.json'), JSON.stringify({ 'foo/w': 'bar/w', 'baz/w': 'qux/w' }));
    await writeFile(join(dir, 'half.json'), JSON.stringify({ 'x/w': 'p/w', 'nope/w': 'q/w' }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a mapping file that does not exist: exit 1, "cannot be read (no such file)"', async () => {
    const r = await diff(A(), B(), '--mapping', join(dir, 'missing.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `error [BAD_MAPPING] ${join(dir, 'missing.json')}: The mapping file cannot be read (no such file).`,
    );
  }, 60_000);

  it('no pair names a tensor of A and of B: exit 1 naming the mapping', async () => {
    const r = await diff(A(), B(), '--mapping', join(dir, 'other.json'), '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `error [BAD_MAPPING] ${join(dir, 'other.json')}: None of the 2 pairs of this mapping names a tensor of A and a tensor of B (e.g. foo/w ↔ bar/w).`,
    );
  }, 60_000);

  it('some pairs do not apply: a warning on stderr, the others pair, the JSON stays whole', async () => {
    const r = await diff(A(), B(), '--mapping', join(dir, 'half.json'), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 of 2 pairs name a tensor missing from A or B (e.g. nope/w ↔ q/w)');
    const d = JSON.parse(r.stdout) as DiffResult;
    const row = d.rows.find((x) => x.a === 'x/w')!;
    expect([row.b, row.status, row.relation, row.pairedBy]).toEqual(['p/w', 'changed', 'scaled', 'mapping']);
  }, 60_000);
});

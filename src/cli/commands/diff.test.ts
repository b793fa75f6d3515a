import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TensorData } from '../../formats/checkpoint';
import { writeCheckpointFiles } from '../../testing/compare/checkpointPairs';
import type { DiffResult } from '../../matching/compare/diffTypes';
import { openNodeCheckpoint } from '../../formats/openNode';
import { deriveTensors, toTorchLayout } from '../../testing/compare/checkpointPairs';
import { haveSharedFixtures, oracleDir } from '../../testing/fixtures';
import { cadeneName } from '../../testing/matching/renamers';
import { run as runMatch } from './match';

const exec = promisify(execFile);

const f32 = (name: string, shape: number[], f: (i: number) => number): TensorData => ({
  name,
  dtype: 'float32',
  shape,
  values: Float32Array.from({ length: shape.reduce((x, y) => x * y, 1) }, (_, i) => f(i)),
});

const wave = (i: number) => Math.cos(i * 0.3) + i / 100;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npx', ['tsx', 'src/cli/main.ts', 'diff', ...args], {
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('CLI diff (a child process)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slimscope-diff-'));
    const kernel = f32('dense/kernel', [4, 6], wave);
    const kernelT = f32(
      'dense/kernel',
      [6, 4],
      (i) => kernel.values[(i % 4) * 6 + Math.floor(i / 4)] as number,
    );
    await writeCheckpointFiles(join(dir, 'a'), [
      kernel,
      f32('dense/bias', [6], wave),
      f32('conv/w', [3, 3, 2, 2], wave),
      f32('same', [100], wave),
      f32('gone', [2], wave),
      f32('old_name/gamma', [8], wave),
    ]);
    await writeCheckpointFiles(join(dir, 'b'), [
      kernelT,
      f32('dense/bias', [6], (i) => wave(i) * 2),
      f32('conv/w', [3, 3, 2, 2], (i) => (i === 5 ? wave(i) + 0.5 : wave(i))),
      f32('same', [100], wave),
      f32('new', [2], wave),
      f32('new_name/gamma', [8], wave),
    ]);
    await writeFile(join(dir, 'map.json'), JSON.stringify({ 'old_name/gamma': 'new_name/gamma' }));
  });

  it('prints {rows, totals} with one row per pair and exits 0 although things differ', async () => {
    const { code, stdout } = await cli(
      join(dir, 'a'),
      join(dir, 'b'),
      '--json',
      '--mapping',
      join(dir, 'map.json'),
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as DiffResult;
    const row = (a: string | null, b: string | null = a) => out.rows.find((r) => r.a === a && r.b === b);
    expect(row('dense/kernel')).toMatchObject({ status: 'shape', relation: 'transpose', maxAbs: 0 });
    expect(row('dense/bias')).toMatchObject({ status: 'changed', relation: 'scaled', cosine: 1 });
    const d5 = Math.fround(wave(5) + 0.5) - Math.fround(wave(5));
    expect(row('conv/w')).toMatchObject({ status: 'changed', maxAbs: d5, changedFraction: 1 / 36 });
    expect(row('conv/w')!.meanAbs).toBe(d5 / 36);
    expect(row('same')).toMatchObject({ status: 'same', maxAbs: 0, relL2: 0, relation: null });
    expect(row('gone', null)).toMatchObject({ status: 'only-a', maxAbs: null });
    expect(row(null, 'new')).toMatchObject({ status: 'only-b' });
    expect(row('old_name/gamma', 'new_name/gamma')).toMatchObject({ status: 'same', pairedBy: 'mapping' });
    for (const r of out.rows) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining([
          'a',
          'b',
          'status',
          'maxAbs',
          'meanAbs',
          'relL2',
          'cosine',
          'changedFraction',
          'relation',
        ]),
      );
    }
    expect(out.totals).toMatchObject({
      rows: 7,
      same: 2,
      changed: 2,
      shape: 1,
      onlyA: 1,
      onlyB: 1,
      scaled: 1,
      transpose: 1,
    });
  });

  it('prints the changed pairs and a summary as text', async () => {
    const { code, stdout } = await cli(join(dir, 'a'), join(dir, 'b'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^changed dense\/bias .*scaled \(×2\)$/m);
    // Without the mapping the matcher pairs the renamed scope.
    expect(stdout).toMatch(/2 same, 2 changed, 1 shape, 0 dtype, 1 only in A, 1 only in B/);
  });

  it('refuses a missing checkpoint with a typed error and exit 1', async () => {
    const { code, stderr } = await cli(join(dir, 'a'), join(dir, 'nothing'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error \[/);
  });
});

describe.skipIf(!haveSharedFixtures())('CLI diff with a mapping document (a child process)', () => {
  it('compares the NASNet oracle with a PyTorch port of it through the port’s own mapping', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slimscope-diff-port-'));
    const oracle = join(oracleDir, 'nasnet-mobile', 'model.ckpt');
    const original = await openNodeCheckpoint(oracle);
    const port = join(dir, 'port.ckpt');
    await writeCheckpointFiles(
      port,
      await deriveTensors(original, (t) => {
        const key = cadeneName(t.name);
        return key ? { ...toTorchLayout(t), name: key } : null;
      }),
    );
    const mapping = join(dir, 'port-mapping.json');
    const quiet = process.stdout.write;
    process.stdout.write = () => true;
    try {
      expect(await runMatch([port, '--model', 'nasnet-mobile', '--out', mapping, '--json'])).toBe(0);
    } finally {
      process.stdout.write = quiet;
    }
    const { code, stdout } = await cli(oracle, port, '--mapping', mapping, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as DiffResult;
    const viaMapping = out.rows.filter((r) => r.pairedBy === 'mapping');
    expect(viaMapping.length).toBeGreaterThan(1000);
    for (const r of viaMapping) expect([r.b, r.status]).toEqual([cadeneName(r.a!), 'same']);
    const kernel = out.rows.find((r) => r.a === 'cell_0/1x1/weights')!;
    expect(kernel).toMatchObject({ pairedBy: 'mapping', relation: 'transpose', maxAbs: 0 });
    expect(kernel.transform).toMatch(/^b: OIHW→HWIO/);
    expect(out.totals.changed).toBe(0);
  });
});

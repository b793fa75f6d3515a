// Wrong file arguments end in a clear `error [CODE] file: problem hint` and exit 1 — never an
// "internal error" stack trace (a missing --mapping/--input, malformed JSON, an --out folder that
// does not exist).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlimscopeError } from '../base/errors';
import { haveSharedFixtures, sharedDir } from '../testing/fixtures';
import { run as runInfer } from './commands/infer';
import { fileSystemError } from './fileErrors';

const exec = promisify(execFile);
const tinyNet = join(sharedDir, 'fixtures', 'torch', 'tiny-net.pth');
let dir: string;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('did not fail');
}

describe.skipIf(!haveSharedFixtures())('CLI file arguments that are wrong', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slimscope-cli-files-'));
    await writeFile(join(dir, 'not-json.json'), 'hello\nworld');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('fileSystemError: ENOENT names the path, other errors are left alone', async () => {
    const e = fileSystemError(
      await rejection(import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'x')))),
    );
    expect([e?.code, e?.file, e?.problem]).toEqual(['NOT_FOUND', join(dir, 'x'), 'No such file or folder.']);
    expect(fileSystemError(new SyntaxError('x'))).toBeUndefined();
  });

  it.each([
    ['missing', 'nope.json', /cannot be read \(no such file\)/],
    ['not JSON', 'not-json.json', /is not valid JSON \(.*hello world/],
  ])('infer --mapping %s: BAD_MAPPING naming the mapping file', async (_, name, problem) => {
    const e = await rejection(
      runInfer([
        tinyNet,
        '--model',
        'nasnet-mobile',
        '--mapping',
        join(dir, name),
        '--input',
        'x.npy',
        '--out',
        join(dir, 'o.npy'),
        '--backend',
        'cpu',
      ]),
    );
    expect(e).toBeInstanceOf(SlimscopeError);
    expect([(e as SlimscopeError).code, (e as SlimscopeError).file]).toEqual([
      'BAD_MAPPING',
      join(dir, name),
    ]);
    expect((e as SlimscopeError).problem).toMatch(problem);
  });

  it('inspect --npy into a folder that does not exist: exit 1 with the path, no stack trace', async () => {
    const out = join(dir, 'no-such-folder', 't.npy');
    const e = (await rejection(
      exec('npx', ['tsx', 'src/cli/main.ts', 'inspect', tinyNet, '--npy', 'fc.bias', '--out', out]),
    )) as { code: number; stderr: string };
    expect(e.code).toBe(1);
    expect(e.stderr).toBe(
      `error [NOT_FOUND] ${out}: No such file or folder. Check the path (and that the folder you write into exists).\n`,
    );
  }, 60_000);
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures } from '../testing/fixtures';

const run = promisify(execFile);

describe.skipIf(!haveSharedFixtures())('cli main (a real child process with piped stdout)', () => {
  it('prints the whole JSON of a large listing before exiting', async () => {
    const prefix = fixture('keras-nasnetmobile-index-only', 'variables', 'variables');
    const { stdout } = await run('npx', ['tsx', 'src/cli/main.ts', 'inspect', prefix, '--json'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout.length).toBeGreaterThan(65_536);
    const listing = JSON.parse(stdout) as { format: string; variables: { name: string; role: string }[] };
    expect(listing.format).toBe('tf-v2');
    expect(listing.variables).toHaveLength(1894);
    expect(listing.variables.filter((v) => v.role === 'bookkeeping')).toHaveLength(768);
  });
});

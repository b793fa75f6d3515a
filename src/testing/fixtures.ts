import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared` beside the project: real TF fixtures and the NASNet oracle. */
export const sharedDir = resolve(process.cwd(), '..', 'shared');
export const fixturesDir = join(sharedDir, 'fixtures', 'tf');
export const oracleDir = join(sharedDir, 'oracle');

/**
 * True when the shared fixtures are present. In CI (env CI set) their absence is a failure;
 * elsewhere the tests that need them skip with a visible notice.
 */
export function haveSharedFixtures(): boolean {
  if (existsSync(fixturesDir)) return true;
  if (process.env.CI) throw new Error(`Shared fixtures missing at ${fixturesDir}; CI must have them.`);
  console.warn(`\n⚠ NOTICE: ${fixturesDir} not found — tests that read real TF fixtures are SKIPPED.\n`);
  return false;
}

export const fixture = (...parts: string[]): string => join(fixturesDir, ...parts);

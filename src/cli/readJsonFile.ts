import { readFile } from 'node:fs/promises';
import { SlimscopeError } from '../base/errors';

/**
 * Reads a JSON file named on the command line (a mapping, a clicks list); an unreadable file or
 * invalid JSON is a typed BAD_MAPPING error naming the file.
 */
export async function readJsonFile(
  path: string,
  problem: string | ((cause: Error) => string),
  hint: string,
): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    const cause = e instanceof Error ? e : new Error(String(e));
    throw new SlimscopeError({
      code: 'BAD_MAPPING',
      file: path,
      problem: typeof problem === 'string' ? problem : problem(cause),
      hint,
      cause: e,
    });
  }
}

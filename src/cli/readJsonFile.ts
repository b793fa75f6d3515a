import { readFile } from 'node:fs/promises';
import { SlimscopeError } from '../base/errors';

/** A JSON file given on the command line (a mapping, clicks); a missing or malformed one is BAD_MAPPING. */
export async function readJsonFile(path: string, what: string, hint: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SlimscopeError({
      code: 'BAD_MAPPING',
      file: path,
      problem: `The ${what} cannot be read (${code === 'ENOENT' ? 'no such file' : (e as Error).message}).`,
      hint,
      cause: e,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new SlimscopeError({
      code: 'BAD_MAPPING',
      file: path,
      problem: `The ${what} is not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')}).`,
      hint,
      cause: e,
    });
  }
}

import { parseArgs } from 'node:util';
import { SlimscopeError } from '../base/errors';

export interface ArgSpec {
  /** Options without a value, e.g. `--json`. */
  flags?: readonly string[];
  /** Options that take a value, e.g. `--out`. */
  values?: readonly string[];
  /** Value options that may repeat, e.g. `--image a.png --image b.png`. */
  repeated?: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  has(flag: string): boolean;
  /** The last value given for an option, if any. */
  value(option: string): string | undefined;
  all(option: string): string[];
}

/** The commands' shared option parsing (node:util parseArgs), with usage errors as SlimscopeErrors. */
export function parseCommandArgs(args: string[], spec: ArgSpec, usage: string): ParsedArgs {
  type Option = { type: 'boolean' | 'string'; multiple?: boolean };
  const options: Record<string, Option> = {};
  for (const f of spec.flags ?? []) options[f.replace(/^--/, '')] = { type: 'boolean' };
  for (const v of spec.values ?? []) options[v.replace(/^--/, '')] = { type: 'string', multiple: true };
  for (const v of spec.repeated ?? []) options[v.replace(/^--/, '')] = { type: 'string', multiple: true };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: '',
      // node's messages add advice about '--' positionals that does not apply here: keep the first sentence.
      problem: (e instanceof Error ? e.message : String(e)).split('. ')[0] + '.',
      hint: usage,
    });
  }
  const raw = parsed.values as Record<string, string[] | boolean | undefined>;
  const list = (name: string): string[] => {
    const v = raw[name.replace(/^--/, '')];
    return Array.isArray(v) ? v : [];
  };
  return {
    positional: parsed.positionals,
    has: (flag) => raw[flag.replace(/^--/, '')] === true,
    value: (option) => list(option).at(-1),
    all: list,
  };
}

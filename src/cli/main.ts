#!/usr/bin/env node
// Headless front end on the same core as the app. One file per command under ./commands.
import { isSlimscopeError } from '../base/errors';
import { fileSystemError } from './fileErrors';

type CommandModule = { run(args: string[]): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  inspect: { summary: 'list the variables of a checkpoint', load: () => import('./commands/inspect') },
  graph: { summary: 'print the NASNet variable list of a config', load: () => import('./commands/graph') },
  infer: { summary: 'run NASNet on an input and write logits', load: () => import('./commands/infer') },
  match: { summary: 'match a checkpoint to a NASNet graph', load: () => import('./commands/match') },
  export: { summary: 'write a re-keyed checkpoint', load: () => import('./commands/export') },
  diff: { summary: 'compare two checkpoints value by value', load: () => import('./commands/diff') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: npm run cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(usage());
    return name ? 2 : 0;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (e) {
    const error = isSlimscopeError(e) ? e : fileSystemError(e);
    if (error) {
      process.stderr.write(`error [${error.code}] ${error.message}\n`);
      return 1;
    }
    throw e;
  }
}

// process.exit() drops whatever a piped stdout still buffers, so exit only once both streams drained.
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(70);
  },
);

import { SlimscopeError } from '../../base/errors';
import { isModelName, modelGraph, modelNameList, type GraphMode } from '../../model/catalogue';
import { parameterCount } from '../../model/nasnet/variables';

const USAGE = `usage: npm run cli -- graph --model ${modelNameList('|')} [--mode inference|training] [--classes N] [--json]\n`;

function flagValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

function usageError(problem: string): SlimscopeError {
  return new SlimscopeError({ code: 'BAD_FORMAT', file: '', problem, hint: USAGE.trim() });
}

/** Prints the ordered variable list of a catalogued model: `{"variables": [{name, shape, dtype}]}` with --json. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const model = flagValue(args, '--model');
  const mode = flagValue(args, '--mode') ?? 'inference';
  if (!model || !isModelName(model)) {
    throw usageError(`--model must be one of ${modelNameList()}.`);
  }
  if (mode !== 'inference' && mode !== 'training') throw usageError('--mode must be inference or training.');
  const classesArg = flagValue(args, '--classes');
  const numClasses = classesArg === undefined ? undefined : Number(classesArg);
  if (numClasses !== undefined && (!Number.isInteger(numClasses) || numClasses < 1))
    throw usageError('--classes must be a positive whole number (TF-Slim num_classes).');
  const graph = modelGraph(model, mode as GraphMode, numClasses);
  const variables = graph.variables;
  if (args.includes('--json')) {
    const out = { variables: variables.map((v) => ({ name: v.name, shape: v.shape, dtype: v.dtype })) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }
  for (const v of variables) process.stdout.write(`${v.name}\t[${v.shape.join(',')}]\t${v.dtype}\n`);
  process.stdout.write(
    `${variables.length} variables, ${parameterCount(variables).toLocaleString('en-US')} parameters (${model}, ${mode})\n`,
  );
  const step = graph.globalStep;
  if (step)
    process.stdout.write(
      `plus the int64 step counter drop path creates: ${step.name} (after ${step.after})\n`,
    );
  return 0;
}

// `npm run fuzz [-- --seconds 300 --count N --seed S --start I]`: the long fuzz run over every parser.
// Prints the seed and the count so any failure can be replayed with --seed S --start I --count 1.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCampaign } from '../src/formats/fuzz/campaign';
import { loadSeedSets } from '../src/formats/fuzz/loadSeeds';
import { fuzzTargets } from '../src/formats/fuzz/targets';

function option(name: string): number | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const seed = option('seed') ?? Date.now() % 2 ** 31;
const count = option('count');
const seconds = option('seconds') ?? (count === undefined ? 300 : undefined);
const start = option('start') ?? 0;
const fixturesDir = resolve(process.cwd(), '..', 'shared', 'fixtures', 'tf');
const outDir = resolve(process.cwd(), 'test-results', 'fuzz');

const targets = fuzzTargets(await loadSeedSets(existsSync(fixturesDir) ? fixturesDir : undefined));
console.log(`fuzz: seed ${seed}, start ${start}, ${count ?? '∞'} inputs, ${seconds ?? '∞'} s`);
console.log(`targets: ${targets.map((t) => `${t.name} (${t.seeds.length} seeds)`).join(', ')}`);
if (!existsSync(fixturesDir)) console.log(`NOTICE: ${fixturesDir} missing; generated seeds only.`);

let lastPrint = performance.now();
const result = await runCampaign({
  seed,
  targets,
  start,
  ...(count !== undefined ? { count } : {}),
  ...(seconds !== undefined ? { seconds } : {}),
  onFailure(f) {
    mkdirSync(join(outDir, `${seed}-${f.iteration}`), { recursive: true });
    for (const file of f.files) {
      writeFileSync(join(outDir, `${seed}-${f.iteration}`, file.name.replace(/[/\\:]/g, '__')), file.bytes);
    }
    if (count !== undefined && count <= 5 && f.cause instanceof Error) console.log(f.cause.stack);
    console.log(`✖ #${f.iteration} ${f.target} seed#${f.seedIndex} [${f.steps.join(', ')}]: ${f.reason}`);
  },
  onProgress(done, failures) {
    if (performance.now() - lastPrint < 10_000) return;
    lastPrint = performance.now();
    console.log(`… ${done} inputs, ${failures} failures`);
  },
});

console.log(
  `\nfuzz: ${result.runs} inputs in ${result.seconds.toFixed(1)} s, seed ${seed}, ${result.failures.length} failures`,
);
for (const [name, t] of Object.entries(result.tallies)) {
  const codes = Object.entries(t.codes)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  console.log(
    `  ${name}: ${t.runs} inputs, ${t.parsed} parsed clean, slowest ${t.slowestMillis.toFixed(0)} ms; errors: ${codes}`,
  );
}
if (result.failures.length > 0) {
  console.log(
    `failing inputs saved under ${outDir}; replay one with --seed ${seed} --start <iteration> --count 1`,
  );
  process.exitCode = 1;
}

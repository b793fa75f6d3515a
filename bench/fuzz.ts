// `npm run fuzz [-- --seconds 300 --count N --seed S --start I]`: the long fuzz run over every parser.
// Prints the seed and the count so any failure can be replayed with --seed S --start I --count 1.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { runCampaign } from '../src/testing/fuzz/campaign';
import { loadSeedSets } from '../src/testing/fuzz/loadSeeds';
import { fuzzTargets } from '../src/testing/fuzz/targets';

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

// The campaign runs in a worker thread so that an input that hangs (a synchronous endless loop) is
// caught: the main thread names it after WATCHDOG_SECONDS without progress and stops the run.
const WATCHDOG_SECONDS = 30;
if (isMainThread) {
  // tsx's loader is registered inside the worker before the TypeScript entry is imported.
  const entry = JSON.stringify(import.meta.url);
  const boot = `import('tsx/esm/api').then(async (tsx) => { tsx.register(); await import(${entry}); })`;
  const worker = new Worker(boot, { eval: true, argv: [...process.argv.slice(2), '--seed', String(seed)] });
  let current = 'starting';
  let last = Date.now();
  worker.on('message', (m: string) => {
    current = m;
    last = Date.now();
  });
  const timer = setInterval(() => {
    if (Date.now() - last < WATCHDOG_SECONDS * 1000) return;
    console.log(
      `✖ HANG: no progress for ${WATCHDOG_SECONDS} s on ${current} (seed ${seed}); replay with --seed ${seed} --start <iteration> --count 1`,
    );
    process.exitCode = 1;
    void worker.terminate();
  }, 1000);
  worker.on('exit', (code) => {
    clearInterval(timer);
    if (code !== 0 && !process.exitCode) process.exitCode = code;
  });
  worker.on('error', (e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  await runInWorker();
}

async function runInWorker(): Promise<void> {
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
    onInput(iteration, target, steps) {
      parentPort?.postMessage(`#${iteration} ${target} [${steps.join(', ')}]`);
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
}

// `npm run bench -- peer-browser` (`-- peer` runs the Node half too): NASNet-A Mobile in Slimscope
// (the app's inference engine, TF.js WASM) side by side with ONNX Runtime Web (WASM) in Debian's
// Chromium, each in its own Web Worker on a cross-origin isolated page served by the bench, on 1
// and 2 threads, batch 1 and 4: the same weights (the oracle checkpoint and its ONNX export) and
// the same input. Both engines' logits are checked against TF-Slim's before anything is timed;
// engines, thread counts and batches alternate in rounds (the machine is shared); figures are
// medians, and each ratio the median of the rounds' ratios (both engines timed back to back),
// measured in one run, with each engine's time by op kind.
// PEER_BENCH_PORT=<n> serves the page on that port (default: any free one); PEER_BENCH_RAW=1 prints
// every timed run.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchBenchChromium } from './support/benchChromium';
import type { TensorData } from '../src/formats/checkpoint';
import { decodeNpy } from '../src/formats/numpy/npy';
import { oracleDir } from '../src/testing/fixtures';
import { printPeerReport, type Cell } from './browser/peer/report';
import {
  PEER_LABEL,
  type EngineProfile,
  type PeerBenchApi,
  type PeerEngine,
  type PeerEngineCatalogue,
} from './browser/peer/protocol';
import { startPeerServer } from './browser/peer/server';
import { waitForQuiet } from './cpuQuiet';
import { PEER_TOLERANCE, logitsVerdict, median } from './peerCheck';

const THREADS = [1, 2];
const BATCHES = [1, 4];
const ENGINES: PeerEngine[] = ['onnx', 'slimscope'];
const ROUNDS = 7;
/** Timed runs per engine, thread count and batch in each round. */
const RUNS: Record<number, number> = { 1: 3, 4: 2 };
/**
 * After its WASM module starts, V8 tiers it up over the first runs: these are not timed. On 2
 * threads Slimscope keeps getting faster for ~20 runs (its JS has more to compile, and V8's
 * background compile jobs get little CPU while both cores compute).
 */
const WARM_UP_RUNS = 20;
const PROFILE_PASSES = 5;
const BLOCK_GAP_MS = 50;
/** Before each pair of blocks, wait (at most this long) until other work keeps the CPUs at most this busy. */
const QUIET = { share: 0.25, patienceMs: 20_000 };
const oracle = join(oracleDir, 'nasnet-mobile');

/** Calls into the page's bench API; the page only relays to the workers, which time themselves. */
class PeerDriver {
  constructor(private readonly page: Page) {}

  start(engine: PeerEngine, threads: number): Promise<{ threads: number; detail: string }> {
    // Plain arrow functions only: tsx would wrap named inner functions in a helper the page lacks.
    return this.page.evaluate(
      ([e, t]) => (globalThis as unknown as { peerBench: PeerBenchApi }).peerBench.start(e, t),
      [engine, threads] as const,
    );
  }

  call<K extends keyof PeerEngineCatalogue & string>(
    engine: PeerEngine,
    threads: number,
    kind: K,
    params: PeerEngineCatalogue[K]['params'],
  ): Promise<PeerEngineCatalogue[K]['result']> {
    return this.page.evaluate(
      ([e, t, k, p]) =>
        (globalThis as unknown as { peerBench: PeerBenchApi }).peerBench.call(e, t, k as K, p as never),
      [engine, threads, kind, params] as const,
    ) as Promise<PeerEngineCatalogue[K]['result']>;
  }
}

const npy = (file: string): TensorData => decodeNpy(readFileSync(join(oracle, file)), file);

function missing(): string | null {
  if (!existsSync(CHROMIUM))
    return `Debian's Chromium (${CHROMIUM}) is not installed — \`apt-get install chromium\` to measure in the browser`;
  const files = [
    join(oracle, 'model.ckpt.index'),
    join(oracleDir, 'nasnet-mobile-onnx', 'nasnet_mobile.onnx'),
  ];
  const absent = files.find((f) => !existsSync(f));
  return absent ? `${absent} not found (the oracle in ../shared)` : null;
}

/**
 * The timed runs: rounds over thread counts × batches × engines, each block of runs right after the
 * other engine's block on the same setting, so both see the same moment of a shared machine.
 */
async function timeInRounds(driver: PeerDriver): Promise<{ cells: Cell[]; busyAtStart: (number | null)[] }> {
  const cells = new Map<string, Cell>();
  const cell = (engine: PeerEngine, threads: number, batch: number): Cell => {
    const k = `${engine}/${threads}/${batch}`;
    if (!cells.has(k))
      cells.set(k, { engine, threads, batch, perImageMs: [], roundMedians: [], latencyPerImageMs: [] });
    return cells.get(k)!;
  };
  const busyAtStart: (number | null)[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate who goes first so neither always runs right after the other (caches, clocks).
    const threadOrder = round % 2 === 0 ? THREADS : [...THREADS].reverse();
    const engineOrder = Math.floor(round / 2) % 2 === 0 ? ENGINES : [...ENGINES].reverse();
    for (const threads of threadOrder)
      for (const batch of BATCHES) {
        // Each pair of blocks (one per engine, back to back) is a ratio: start it on quiet CPUs.
        busyAtStart.push(await waitForQuiet(QUIET.share, QUIET.patienceMs));
        for (const engine of engineOrder) {
          // Both engines' thread pools spin a little after a run before they sleep: let them.
          await new Promise((resolve) => setTimeout(resolve, BLOCK_GAP_MS));
          const timed = await driver.call(engine, threads, 'time', { batch, runs: RUNS[batch]! });
          const c = cell(engine, threads, batch);
          c.perImageMs.push(...timed.perImageMs);
          c.roundMedians.push(median(timed.perImageMs));
          c.latencyPerImageMs.push(...(timed.latencyPerImageMs ?? []));
        }
      }
  }
  if (process.env.PEER_BENCH_RAW)
    for (const c of cells.values())
      console.log(
        `  ${c.engine} ${c.threads}t batch ${c.batch}: ${c.perImageMs.map((v) => v.toFixed(0)).join(' ')}`,
      );
  return { cells: [...cells.values()], busyAtStart };
}

export async function run(): Promise<void> {
  const why = missing();
  if (why) {
    console.log(`peer-browser bench skipped: ${why}.`);
    return;
  }
  const expected = npy('logits.npy');
  const loadBefore = loadavg();
  const server = await startPeerServer(oracleDir, Number(process.env.PEER_BENCH_PORT ?? 0));
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    page.on('console', (m) => (m.type() === 'error' ? console.log(`  [page] ${m.text()}`) : undefined));
    await page.goto(server.url);
    await page.waitForFunction(() => 'peerBench' in globalThis);
    if (!(await page.evaluate(() => crossOriginIsolated)))
      throw new Error('the bench page is not cross-origin isolated');
    const driver = new PeerDriver(page);
    const settings = THREADS.flatMap((threads) => ENGINES.map((engine) => ({ engine, threads })));
    for (const { engine, threads } of settings) {
      const info = await driver.start(engine, threads);
      if (info.threads !== threads)
        throw new Error(`${PEER_LABEL[engine]} runs ${info.threads} thread(s), not ${threads}`);
      const { logits } = await driver.call(engine, threads, 'check', {});
      const tolerance = PEER_TOLERANCE[engine];
      console.log(
        `  ${threads} thread(s): ${logitsVerdict(PEER_LABEL[engine], logits, expected, tolerance)} [${info.detail}]`,
      );
      for (const batch of BATCHES) await driver.call(engine, threads, 'time', { batch, runs: WARM_UP_RUNS });
    }
    const { cells, busyAtStart } = await timeInRounds(driver);
    const loadAfterTiming = loadavg();
    const profiles = new Map<string, EngineProfile>();
    for (const { engine, threads } of settings)
      for (const batch of BATCHES)
        profiles.set(
          `${engine}/${threads}/${batch}`,
          await driver.call(engine, threads, 'profile', { batch, passes: PROFILE_PASSES }),
        );
    printPeerReport({
      browser: `Chromium ${browser.version()}`,
      rounds: ROUNDS,
      load: {
        before: loadBefore,
        afterTiming: loadAfterTiming,
        afterProfiles: loadavg(),
        cpus: cpus().length,
      },
      cells,
      busyAtStart,
      quiet: QUIET,
      profiles,
      threads: THREADS,
      batches: BATCHES,
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

// `npm run bench -- model` (with the Node model bench) or `-- model-browser`: NASNet-A Mobile batch 1 on WASM with 2 threads vs 1, measured in the
// BUILT app (dist/, CSP in force, cross-origin isolated by `vite preview`) in Debian's Chromium,
// driven like a user: the oracle checkpoint opened and matched, Verify on WASM, a sample image run
// again and again. Figures are the app's own: the forward pass and Verify's whole latency shown on
// each run. Settings run in blocks ordered 1-2-2-1 (the machine is shared), each block after a
// thread switch first warms the restarted WASM module up; the ratios are of medians in one run.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { oracleDir } from '../src/testing/fixtures';
import { CHROMIUM, launchBenchChromium } from './support/benchChromium';
import { ensureBuilt, startPreview } from './support/builtApp';

/**
 * Runs after a thread switch before timing. On 2 threads the forward pass keeps getting faster for
 * ~20 runs (1 thread: ~5): with both cores computing, V8's background compile jobs get little
 * CPU. Measured in a clean worker: 2 threads 55 ms in runs 6-13, 42 ms from run 20 on. The
 * first runs after a switch are printed too.
 */
const WARM_UP_RUNS = 20;
const EARLY_RUNS = 5;
const RUNS_PER_BLOCK = 8;
const BLOCKS = [1, 2, 2, 1];
/** Goal on this 2-core machine: batch 1 at least this much faster on 2 threads than on 1. */
const TARGET = 1.6;
const oracle = join(oracleDir, 'nasnet-mobile');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

interface RunTimes {
  latencyMs: number;
  forwardMs: number;
}

class VerifyDriver {
  private runs = 0;
  constructor(private readonly page: Page) {}

  private get verify() {
    return this.page.getByRole('region', { name: 'Verify' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.app[data-busy="false"]').waitFor();
    await this.page
      .getByLabel('Checkpoint files')
      .setInputFiles([join(oracle, 'model.ckpt.index'), join(oracle, 'model.ckpt.data-00000-of-00001')]);
    await this.page.getByRole('group', { name: 'Open checkpoint' }).getByText('model.ckpt').waitFor();
    await this.page.getByRole('button', { name: 'Auto-match' }).click();
    await this.page.locator('.app[data-busy="false"]').waitFor();
    await this.page.getByRole('tab', { name: 'Verify' }).click();
    await this.verify.getByRole('combobox', { name: 'Backend' }).selectOption('wasm');
  }

  async useThreads(n: number): Promise<void> {
    await this.page.getByRole('combobox', { name: 'WASM threads' }).selectOption(String(n));
    await this.page.getByLabel('WASM threads in use').getByText(`${n} in use`).waitFor({ timeout: 300_000 });
  }

  /**
   * Runs the sample image once (batch 1) when the page is idle, like a user reading the previous
   * result first. No locator polls while it runs: a MutationObserver answers when the run's card
   * appears (polling a large DOM would take a core from the run).
   */
  async runOnce(): Promise<RunTimes> {
    const button = await this.verify
      .getByRole('button', { name: 'Run sample Astronaut Eileen Collins' })
      .elementHandle();
    if (!button) throw new Error('no sample button');
    await this.page.waitForTimeout(400); // the previous card's scroll animation
    await this.page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })),
    );
    const id = ++this.runs;
    const text = await button.evaluate(
      (b, runId) =>
        new Promise<string>((resolve) => {
          new MutationObserver((_, observer) => {
            const card = document.querySelector(`article[aria-label="Run ${runId}"]`);
            if (!card) return;
            observer.disconnect();
            const latency = card.querySelector('[aria-label="Latency"]')?.textContent ?? '';
            const forward = card.querySelector('[aria-label="Forward pass"]')?.textContent ?? '';
            resolve(`${latency}|${forward}`);
          }).observe(document.body, { childList: true, subtree: true });
          (b as HTMLButtonElement).click();
        }),
      id,
    );
    const [latency = '', forward = ''] = text.split('|');
    const times = {
      latencyMs: Number(/^(\d+) ms/.exec(latency.trim())?.[1]),
      forwardMs: parseFloat(forward),
    };
    if (!Number.isFinite(times.latencyMs) || !Number.isFinite(times.forwardMs))
      throw new Error(`run ${id}: no timings in "${text}"`);
    return times;
  }
}

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`model-browser bench skipped: ${CHROMIUM} not found.`);
    return;
  }
  if (!existsSync(join(oracle, 'model.ckpt.index'))) {
    console.log(`model-browser bench skipped: ${oracle} not found.`);
    return;
  }
  ensureBuilt();
  const preview = await startPreview();
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    const driver = new VerifyDriver(page);
    await driver.open(preview.url);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    if (!isolated) throw new Error('the built app is not cross-origin isolated: no threads to measure');
    const times = new Map<number, RunTimes[]>(BLOCKS.map((t) => [t, []]));
    const early = new Map<number, RunTimes[]>(BLOCKS.map((t) => [t, []]));
    const loadBefore = load();
    for (const threads of BLOCKS) {
      await driver.useThreads(threads);
      for (let i = 0; i < WARM_UP_RUNS; i++) {
        const run = await driver.runOnce();
        if (i < EARLY_RUNS) early.get(threads)!.push(run);
      }
      for (let i = 0; i < RUNS_PER_BLOCK; i++) times.get(threads)!.push(await driver.runOnce());
    }
    const med = (threads: number, key: keyof RunTimes) => median(times.get(threads)!.map((t) => t[key]));
    const [f1, f2, l1, l2] = [
      med(1, 'forwardMs'),
      med(2, 'forwardMs'),
      med(1, 'latencyMs'),
      med(2, 'latencyMs'),
    ];
    const runs = (BLOCKS.length / 2) * RUNS_PER_BLOCK;
    console.log(
      `built app in Chromium ${browser.version()}, cross-origin isolated, NASNet-A Mobile (oracle weights) on ` +
        `WASM SIMD, batch 1, the sample image; medians of ${runs} warm runs per setting (blocks 1-2-2-1, ` +
        `${WARM_UP_RUNS} warm-up runs after each switch); load average ${loadBefore} before, ${load()} after, ` +
        `on ${cpus().length} CPUs`,
    );
    console.log(`  forward pass: 1 thread ${f1.toFixed(0)} ms, 2 threads ${f2.toFixed(0)} ms/image`);
    const spread = (threads: number) => {
      const xs = times.get(threads)!.map((t) => t.forwardMs);
      return `fastest ${Math.min(...xs).toFixed(0)}, slowest ${Math.max(...xs).toFixed(0)} ms`;
    };
    console.log(
      `  spread of the timed runs: 1 thread ${spread(1)}; 2 threads ${spread(2)} (a 2-thread run has no core ` +
        'to spare: whatever else runs meanwhile lengthens it)',
    );
    console.log(
      `  2 threads are ${(f1 / f2).toFixed(2)}× as fast as 1 on the forward pass (target ≥ ${TARGET}, ratio to ` +
        `target ${(f1 / f2 / TARGET).toFixed(2)})`,
    );
    const e1 = median(early.get(1)!.map((t) => t.forwardMs));
    const e2 = median(early.get(2)!.map((t) => t.forwardMs));
    console.log(
      `  the first ${EARLY_RUNS} runs after each switch (not in the figures above): forward pass 1 thread ` +
        `${e1.toFixed(0)} ms, 2 threads ${e2.toFixed(0)} ms: ${(e1 / e2).toFixed(2)}×`,
    );
    console.log(
      `  Verify's whole latency (forward pass + activation statistics + reading results): 1 thread ` +
        `${l1.toFixed(0)} ms, 2 threads ${l2.toFixed(0)} ms: ${(l1 / l2).toFixed(2)}×`,
    );
    console.log(
      '  what limits it: XNNPACK spreads convolutions over the threads (~1.9× on 2), but the element-wise ops, pools, ' +
        'channel concats, per-op dispatch (~450 kernel calls, ~6 µs each inside TF.js WASM at the least) and the ' +
        'statistics (one JS pass) stay on one thread (`npm run bench -- model` profiles the step kinds); on 2 cores, ' +
        'anything else running takes a core from one of the 2 threads: V8 compiling (traced: up to ~16 ms of TurboFan ' +
        "jobs inside one pass, the page's and the engine's), the compositor, other processes. In a worker of its own " +
        '(no page), runs 100 ms apart, the same engine runs 2 threads ~40 ms vs 1 thread ~67 ms (1.66×); 500 ms apart, ' +
        '40 vs 68 ms (1.69×).',
    );
  } finally {
    await browser.close();
    preview.stop();
  }
}

// `npm run bench -- scale-memory` (also run by `npm run bench -- scale`): memory while Verify loads
// a generated NASNet-A Large checkpoint (TF-Slim's names and shapes, random float32 values, ~356 MB)
// into WASM in the BUILT app in Debian's Chromium. Each JavaScript context (the page, each worker) is
// sampled over the DevTools protocol every SAMPLE_MS (V8 heap in use + ArrayBuffer backing stores),
// the renderer processes' resident memory from /proc alongside (the total: WASM memory is only there). Figures are peaks
// above the idle baseline taken just before (after a forced garbage collection in every context),
// against the goal: total ≤ 1.3 × the weights' size, over a few fresh-page loads (median and worst).
// SLIMSCOPE_MEMORY_ROUNDS sets how many; SLIMSCOPE_MEMORY_TRACE=1 prints every sample. Asserts nothing.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser, Locator, Page } from 'playwright-core';
import { writeModelCheckpoint, type ModelCheckpoint } from '../e2e/pages/modelCheckpoint';
import {
  MemorySampler,
  mib,
  peaksAbove,
  sampleTotal,
  type MemoryPeaks,
  type MemorySample,
} from '../e2e/pages/memoryProbe';
import { removeScaleDir, scaleDir } from '../e2e/pages/scaleCheckpoints';
import { CHROMIUM, launchBenchChromium } from './support/benchChromium';
import { ensureBuilt, startPreview, type Preview } from './support/builtApp';

const TARGET = 1.3;
const MIB = 1 << 20;
const SAMPLE_MS = 50;
/** Fresh-page loads measured (SLIMSCOPE_MEMORY_ROUNDS): the peak varies with garbage collection timing. */
const ROUNDS = Number(process.env.SLIMSCOPE_MEMORY_ROUNDS) || 3;
const IDLE = '.app[data-busy="false"]';
const startedAt = performance.now();
const step = (what: string) =>
  process.stderr.write(`  [scale-memory ${((performance.now() - startedAt) / 1000).toFixed(0)} s] ${what}\n`);

/**
 * Waits for a page condition (a JS expression) re-checked on DOM mutations only, so nothing polls
 * the page's main thread while memory is measured. A string: tsx would rewrite a function.
 */
async function until(page: Page, expression: string, timeout = 600_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    if (${expression}) return resolve(true);
    const observer = new MutationObserver(() => {
      if (${expression}) { observer.disconnect(); resolve(true); }
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => { observer.disconnect(); reject(new Error('timed out waiting for: ' + ${JSON.stringify(expression)})); }, ${timeout});
  })`);
}

const textOf = (label: string) => `(document.querySelector('[aria-label="${label}"]')?.textContent ?? '')`;

/** Opens the checkpoint, waits for detection and matching, picks WASM in Verify. */
async function openAndMatch(page: Page, url: string, c: ModelCheckpoint): Promise<string> {
  await page.goto(url);
  await page.locator(IDLE).waitFor();
  step('opening the checkpoint');
  await page.getByLabel('Checkpoint files').setInputFiles([c.index, c.data]);
  await until(page, `${textOf('Model detection')}.includes('NASNet-A Large')`);
  await until(page, `document.querySelector('${IDLE}') !== null`);
  step('detected and matched; starting WASM in Verify');
  await page.getByRole('tab', { name: 'Verify' }).click();
  await page
    .getByRole('region', { name: 'Verify' })
    .getByRole('combobox', { name: 'Backend' })
    .selectOption('wasm');
  await until(
    page,
    `${textOf('Backend in use')}.includes('WASM') && ${textOf('WASM threads in use')}.includes('in use')`,
  );
  await until(page, `document.querySelector('${IDLE}') !== null`);
  return (await page.evaluate(
    `${textOf('Backend in use')} + ', ' + ${textOf('WASM threads in use')}`,
  )) as string;
}

/** Everything garbage collected, then one sample: what is really held. */
async function settled(sampler: MemorySampler): Promise<MemorySample> {
  await sampler.refresh();
  await sampler.collectGarbage();
  await new Promise((r) => setTimeout(r, 500));
  await sampler.collectGarbage();
  return sampler.sample();
}

interface Load {
  page: Page;
  verify: Locator;
  sampler: MemorySampler;
  inUse: string;
  status: string;
  baseline: MemorySample;
  loading: MemorySample[];
  afterLoad: MemorySample;
  peaks: MemoryPeaks;
}

/** One "Load weights" in a fresh page: open, match, WASM, baseline, load, what is held after. */
async function measureLoad(browser: Browser, url: string, c: ModelCheckpoint, round: number): Promise<Load> {
  for (const context of browser.contexts()) for (const p of context.pages()) await p.close();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const inUse = await openAndMatch(page, url, c);
  const sampler = await MemorySampler.attach(browser);
  const baseline = await settled(sampler);
  step(`round ${round}: baseline taken (${sampler.labels().join(', ')}); loading weights`);
  const verify = page.getByRole('region', { name: 'Verify' });
  const loading = await measured(sampler, async () => {
    await verify.getByRole('button', { name: 'Load weights' }).click();
    await until(page, `/weights loaded into|Failed|have no weights/.test(${textOf('Weights status')})`);
  });
  if (process.env.SLIMSCOPE_MEMORY_TRACE) trace(baseline, loading);
  const status = (await page.evaluate(textOf('Weights status'))) as string;
  const afterLoad = await settled(sampler);
  const peaks = peaksAbove(baseline, loading);
  return { page, verify, sampler, inUse, status, baseline, loading, afterLoad, peaks };
}

async function measured(sampler: MemorySampler, action: () => Promise<void>): Promise<MemorySample[]> {
  sampler.start(SAMPLE_MS);
  try {
    await action();
  } catch (e) {
    await sampler.stop();
    throw e;
  }
  return sampler.stop();
}

/** SLIMSCOPE_MEMORY_TRACE=1: every sample of the load, MiB above the baseline. */
function trace(base: MemorySample, samples: readonly MemorySample[]): void {
  for (const s of samples) {
    const parts = [...s.contexts]
      .map(([label, m]) => {
        const b = base.contexts.get(label);
        return [label, m.heap + m.backing - (b ? b.heap + b.backing : 0)] as const;
      })
      .filter(([, bytes]) => Math.abs(bytes) >= MIB)
      .map(([label, bytes]) => `${label} ${mib(bytes)}`);
    console.log(
      `    ${(s.at / 1000).toFixed(2)} s: RSS +${mib(s.rendererRss - base.rendererRss)}; ${parts.join(', ')}`,
    );
  }
}

const times = (bytes: number, weights: number) => `${(bytes / weights).toFixed(2)} ×`;

/** Prints one phase: the total (renderer RSS) against the target, then each context. */
function report(
  title: string,
  weights: number,
  base: MemorySample,
  p: MemoryPeaks,
  after: MemorySample,
): void {
  const ratio = p.rssPeak / weights;
  console.log(
    `  ${title}: peak +${mib(p.rssPeak)} = ${ratio.toFixed(2)} × the weights (target ≤ ${TARGET}, ratio ` +
      `${(ratio / TARGET).toFixed(2)}) at ${(p.rssPeakAt / 1000).toFixed(1)} s (renderer RSS, all contexts and ` +
      `WASM memory); ${p.samples} samples, longest gap ${p.worstGapMs.toFixed(0)} ms`,
  );
  const small: string[] = [];
  for (const [label, c] of [...p.perContext].sort((a, b) => b[1].peak - a[1].peak)) {
    if (c.peak < MIB) {
      small.push(label);
      continue;
    }
    const held = after.contexts.get(label);
    const was = base.contexts.get(label);
    const heldAbove = (held ? held.heap + held.backing : 0) - (was ? was.heap + was.backing : 0);
    console.log(
      `    ${label.padEnd(12)} peak +${mib(c.peak).padStart(8)} (${times(c.peak, weights)}: JS heap ${mib(c.heap)}, ` +
        `ArrayBuffers ${mib(c.backing)}) at ${(c.at / 1000).toFixed(1)} s; held afterwards +${mib(heldAbove)}`,
    );
  }
  if (small.length > 0) console.log(`    under 1 MiB each: ${small.join(', ')}`);
  const heldContexts = sampleTotal(after) - sampleTotal(base);
  const heldRss = after.rendererRss - base.rendererRss;
  console.log(
    `    outside the JS contexts (WASM memory, shared with its threads; renderer internals): ` +
      `+${mib(p.outsideContextsAtRssPeak)} at the peak, +${mib(heldRss - heldContexts)} held afterwards`,
  );
  console.log(`    held afterwards in all: +${mib(heldRss)} = ${times(heldRss, weights)}`);
}

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log('scale-memory skipped: /usr/bin/chromium not found');
    return;
  }
  ensureBuilt();
  const dir = await scaleDir();
  let server: Preview | undefined;
  try {
    const c = await writeModelCheckpoint(dir, 'nasnet-large');
    server = await startPreview(Number(process.env.E2E_PORT) || undefined);
    const browser = await launchBenchChromium({ webgl: true });
    try {
      const url = server.url;
      // Each round in a fresh page (fresh workers): a WebAssembly memory never shrinks, so a second
      // load in the same page would reuse the first's.
      const loads: Load[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        await loads.at(-1)?.sampler.close();
        loads.push(await measureLoad(browser, url, c, round));
      }
      const last = loads.at(-1)!;
      step(`${last.status}; running one image`);
      const running = await measured(last.sampler, async () => {
        await last.verify.getByRole('button', { name: 'Run sample Astronaut Eileen Collins' }).click();
        await until(
          last.page,
          `document.querySelector('[aria-label="Run 1"]') !== null || ${textOf('Verify')}.includes('Failed')`,
        );
      });
      const afterRun = await settled(last.sampler);
      step('run done');
      const load = loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ');
      console.log(
        `NASNet-A Large weights (${c.variables - 1} variables, generated): ${mib(c.weightBytes)} (${(c.weightBytes / 1e6).toFixed(0)} MB); ` +
          `built app in Chromium ${browser.version()}, ${last.inUse}; load average ${load} on ${cpus().length} CPUs`,
      );
      console.log(
        `  sampled every ${SAMPLE_MS} ms: renderer processes' RSS from /proc (the total), each JS context over DevTools ` +
          `(Runtime.getHeapUsage: JS heap in use + ArrayBuffer backing stores; WASM memory is not in them); ` +
          `baseline after a forced GC in every context, just before. ${last.status}`,
      );
      const ratios = loads.map((l) => l.peaks.rssPeak / c.weightBytes);
      loads.forEach((l, i) => {
        const at = (label: string) => mib(l.peaks.perContext.get(label)?.peak ?? 0);
        console.log(
          `  "Load weights", round ${i + 1} (fresh page): peak +${mib(l.peaks.rssPeak)} = ${ratios[i]!.toFixed(2)} × ` +
            `(contexts' peaks: checkpoint +${at('checkpoint')}, inference +${at('inference')}; outside them at the peak ` +
            `+${mib(l.peaks.outsideContextsAtRssPeak)})`,
        );
      });
      const sorted = [...ratios].sort((a, b) => a - b);
      const median = sorted[sorted.length >> 1]!;
      console.log(
        `  "Load weights" over ${ROUNDS} rounds: median ${median.toFixed(2)} ×, worst ${sorted.at(-1)!.toFixed(2)} × ` +
          `the weights (target ≤ ${TARGET}, median ratio ${(median / TARGET).toFixed(2)})`,
      );
      const worst = loads[ratios.indexOf(sorted.at(-1)!)]!;
      report('worst "Load weights" round', c.weightBytes, worst.baseline, worst.peaks, worst.afterLoad);
      report(
        'first run (XNNPACK packs the weights; one image)',
        c.weightBytes,
        last.baseline,
        peaksAbove(last.baseline, running),
        afterRun,
      );
      console.log(
        `    (the first run adds what TF.js's WASM backend keeps per conv: XNNPACK's packed copy of the kernel ` +
          `beside the tensor — inherent, freed only with the tensor — plus activations; the WASM heap never shrinks)`,
      );
      const both = peaksAbove(last.baseline, [...last.loading, ...running]);
      console.log(
        `  from "Load weights" through the first run: peak +${mib(both.rssPeak)} = ` +
          `${times(both.rssPeak, c.weightBytes)} the weights (target ≤ ${TARGET})`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    server?.stop();
    await removeScaleDir(dir);
  }
}

// `npm run bench -- scale`: a generated 100,000-variable checkpoint (time to first tree paint and
// filter-as-you-type latency in Chromium) and a generated multi-GB checkpoint (index-only open,
// streamed statistics with progress and cancel, peak memory, main-thread long tasks during a scan).
// Prints measurements and their ratio to the targets; asserts nothing. SLIMSCOPE_SCALE_GB sets the
// size of the multi-GB checkpoint (default 2).
import { existsSync } from 'node:fs';
import type { ByteSource } from '../src/formats/bytes/byteSource';
import { nodeByteSource } from '../src/formats/bytes/nodeByteSource';
import { openCheckpoint } from '../src/formats/open';
import { computeTensorStats } from '../src/formats/stats/tensorStats';
import {
  type GeneratedCheckpoint,
  removeScaleDir,
  scaleDir,
  writeHugeCheckpoint,
  writeWideCheckpoint,
} from '../e2e/pages/scaleCheckpoints';
import {
  browserRssMiB,
  clearLongTasks,
  filterLatencies,
  installScaleRecorders,
  longTasks,
  statsOf,
  timeToTreeRow,
  treePaintTimes,
  type Keystroke,
  type TreePaint,
} from '../e2e/pages/scaleProbe';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM, launchBenchChromium } from './support/benchChromium';
import { ensureBuilt, startPreview, type Preview } from './support/builtApp';

const MB = 1 << 20;
const ratio = (value: number, target: number) =>
  `${value.toFixed(1)} ms (target ${target} ms, ratio ${(value / target).toFixed(2)})`;

/** Wraps a source to count the bytes read from it. */
function counted(source: ByteSource, tally: { bytes: number }): ByteSource {
  return { name: source.name, size: source.size, read: (o, l) => ((tally.bytes += l), source.read(o, l)) };
}

async function openCounted(c: GeneratedCheckpoint) {
  const index = { bytes: 0 };
  const data = { bytes: 0 };
  const t0 = performance.now();
  const reader = await openCheckpoint([
    counted(await nodeByteSource(c.index), index),
    counted(await nodeByteSource(c.data), data),
  ]);
  return { reader, ms: performance.now() - t0, indexBytes: index.bytes, dataBytes: data.bytes, data };
}

/** Samples the process RSS while `fn` runs; returns the peak above the level before it. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await fn();
    return { result, peakMiB: (Math.max(peak, process.memoryUsage().rss) - base) / MB };
  } finally {
    clearInterval(timer);
  }
}

async function nodeHuge(huge: GeneratedCheckpoint): Promise<void> {
  const opened = await openCounted(huge);
  console.log(
    `multi-GB open (Node): ${(huge.dataBytes / 2 ** 30).toFixed(1)} GiB checkpoint opened in ${opened.ms.toFixed(1)} ms, ` +
      `${opened.indexBytes} index bytes and ${opened.dataBytes} data bytes read`,
  );
  const numeric = opened.reader.variables.filter((v) => v.dtype !== 'string');
  let events = 0;
  let lastRate = 0;
  const t0 = performance.now();
  const { peakMiB } = await peakRss(async () => {
    for (const v of numeric) {
      await computeTensorStats(opened.reader, v.name, {
        onProgress: (p) => {
          events++;
          lastRate = p.bytesPerSecond ?? lastRate;
        },
      });
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  const scanned = 2 * numeric.reduce((n, v) => n + v.bytes, 0);
  console.log(
    `  full statistics scan: ${(scanned / MB).toFixed(0)} MiB read (two passes, CRC checked) in ${seconds.toFixed(1)} s ` +
      `= ${(scanned / MB / seconds).toFixed(0)} MiB/s, ${events} progress events; peak RSS +${peakMiB.toFixed(0)} MiB`,
  );
  const signal = { cancelled: false };
  const started = performance.now();
  setTimeout(() => (signal.cancelled = true), 300);
  const largest = numeric.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const outcome = await computeTensorStats(opened.reader, largest.name, { signal }).then(
    () => 'finished',
    (e: { code?: string }) => e.code ?? 'error',
  );
  console.log(
    `  cancel of ${largest.name} (${(largest.bytes / MB).toFixed(0)} MiB) after 300 ms: ${outcome} after ${(performance.now() - started).toFixed(0)} ms`,
  );
}

const PAINT_ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

async function measureInBrowser(url: string, wide: GeneratedCheckpoint, huge: GeneratedCheckpoint) {
  const browser = await launchBenchChromium({ webgl: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await installScaleRecorders(page);
    // Medians over fresh page loads (the first is also a warm-up of the browser's caches).
    const paints: TreePaint[] = [];
    const keystrokes: Keystroke[] = [];
    for (let round = 0; round < PAINT_ROUNDS; round++) {
      await page.goto(url);
      await page.locator('.app[data-busy="false"]').waitFor();
      paints.push(await treePaintTimes(page, [wide.index, wide.data], 'net/'));
      await page.locator('.app[data-busy="false"]').waitFor({ timeout: 300_000 });
      keystrokes.push(...(await filterLatencies(page, '7391')));
    }
    const hugeOpenMs = await timeToTreeRow(page, [huge.index, huge.data], 'huge/');
    await page.locator('.app[data-busy="false"]').waitFor({ timeout: 300_000 });
    await clearLongTasks(page);
    const baseRss = browserRssMiB();
    let peak = baseRss;
    const timer = setInterval(() => (peak = Math.max(peak, browserRssMiB())), 250);
    const t0 = performance.now();
    const names = Array.from({ length: huge.variables - 1 }, (_, i) => `huge/layer${i}/weights`);
    for (const name of names) await statsOf(page, name);
    const scanSeconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    const tasks = await longTasks(page);
    const ms = keystrokes.map((k) => k.ms);
    return {
      firstPaintMs: median(paints.map((p) => p.fromIndexReadMs)),
      fromPickMs: median(paints.map((p) => p.fromPickMs)),
      fromListingMs: median(paints.map((p) => p.fromListingMs)),
      paints,
      keystrokes,
      filterMedianMs: median(ms),
      filterWorstMs: Math.max(...ms),
      hugeOpenMs,
      scannedTensors: names.length,
      scanSeconds,
      longTasks: tasks.filter((d) => d > 50),
      longestTaskMs: Math.max(0, ...tasks),
      baseBrowserRssMiB: baseRss,
      peakBrowserRssMiB: peak,
    };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<void> {
  const dir = await scaleDir();
  let server: Preview | undefined;
  try {
    const wide = await writeWideCheckpoint(dir, 100_000);
    const wideOpen = await openCounted(wide);
    console.log(`100,000-variable index (Node): opened in ${wideOpen.ms.toFixed(0)} ms`);
    const gib = Number(process.env.SLIMSCOPE_SCALE_GB) || 2;
    const huge = await writeHugeCheckpoint(dir, gib, 1024);
    await nodeHuge(huge);
    if (!existsSync(CHROMIUM)) {
      console.log('browser part skipped: /usr/bin/chromium not found');
      return;
    }
    ensureBuilt();
    server = await startPreview();
    const b = await measureInBrowser(server.url, wide, huge);
    const load = loadavg().map((l) => l.toFixed(1));
    console.log(
      `browser, 100,000 variables (machine load ${load.join(' / ')} over 1/5/15 min on ${cpus().length} cores):`,
    );
    console.log(
      `  first tree paint after the index was read: median of ${b.paints.length} ${ratio(b.firstPaintMs, 200)}; ` +
        `after the listing reached the page ${b.fromListingMs.toFixed(0)} ms, after the file pick ${b.fromPickMs.toFixed(0)} ms`,
    );
    console.log(
      `  each paint after the index was read: ${b.paints.map((p) => p.fromIndexReadMs.toFixed(0)).join(', ')} ms`,
    );
    console.log(
      `  filter as you type (${b.keystrokes.length} keystrokes): median ${ratio(b.filterMedianMs, 50)}, worst ${b.filterWorstMs.toFixed(1)} ms`,
    );
    console.log(
      `  per keystroke: ${b.keystrokes.map((k) => `"${k.query}" ${k.ms.toFixed(0)} ms → ${k.rows} rows`).join(', ')}`,
    );
    console.log(
      `browser, multi-GB: tree painted ${b.hugeOpenMs.toFixed(0)} ms after the files were picked (index only)`,
    );
    console.log(
      `  statistics of ${b.scannedTensors} × 1 GiB tensors in the worker: ${b.scanSeconds.toFixed(1)} s; main-thread long tasks: ` +
        `${b.longTasks.length}, longest ${b.longestTaskMs.toFixed(0)} ms (target: none over 100 ms, ratio ${(b.longestTaskMs / 100).toFixed(2)})`,
    );
    console.log(
      `  peak browser RSS during the scan: ${b.peakBrowserRssMiB.toFixed(0)} MiB (all Chromium processes)`,
    );
  } finally {
    server?.stop();
    await removeScaleDir(dir);
  }
}

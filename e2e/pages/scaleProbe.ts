// Browser measurements for scale: time to first tree paint, filter-as-you-type latency, main-thread
// long tasks while the worker reads gigabytes. Used by bench/scale.bench.ts and e2e/scale.spec.ts.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { waitSettled } from './idleSignal';
import type { GeneratedCheckpoint } from './scaleCheckpoints';

declare global {
  interface Window {
    __scale?: { pickedAt: number; inputAt: number; longTasks: number[] };
  }
}

const TREE = '[role="tree"][aria-label="Checkpoint variables"]';

/** Installs the page-side recorders (file pick and input event times, long tasks). */
export async function installScaleRecorders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const s = { pickedAt: 0, inputAt: 0, longTasks: [] as number[] };
    window.__scale = s;
    document.addEventListener(
      'change',
      (e) => {
        if ((e.target as HTMLInputElement).type === 'file') s.pickedAt = performance.now();
      },
      true,
    );
    document.addEventListener('input', () => (s.inputAt = performance.now()), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) s.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Picks checkpoint files and returns the ms from the pick to the frame that shows `rowLabel`. */
export async function timeToTreeRow(page: Page, paths: string[], rowLabel: string): Promise<number> {
  return (await treePaintTimes(page, paths, rowLabel)).fromPickMs;
}

export interface TreePaint {
  /** From the file pick to the frame showing the row. */
  fromPickMs: number;
  /** From the moment the worker had read the index (the app's `slimscope:index-read` mark). */
  fromIndexReadMs: number;
  /** From the listing's arrival on the page (`slimscope:listing-received`). */
  fromListingMs: number;
}

/** Picks checkpoint files and times the frame that shows `rowLabel` from the pick and from the index read. */
export async function treePaintTimes(page: Page, paths: string[], rowLabel: string): Promise<TreePaint> {
  await page.evaluate(() => performance.clearMarks());
  await page.getByLabel('Checkpoint files').setInputFiles(paths);
  const shown = await page.waitForFunction(
    (sel) => (document.querySelector(sel) ? performance.now() : 0),
    `${TREE} [role="treeitem"][aria-label="${rowLabel}"]`,
    { polling: 'raf', timeout: 120_000 },
  );
  const at = await shown.jsonValue();
  // No helper functions inside: the bench runs through tsx, whose name-keeping wrappers do not exist in the page.
  const marks = await page.evaluate(() => ({
    pickedAt: window.__scale!.pickedAt,
    indexRead: performance.getEntriesByName('slimscope:index-read', 'mark').at(-1)?.startTime ?? NaN,
    received: performance.getEntriesByName('slimscope:listing-received', 'mark').at(-1)?.startTime ?? NaN,
  }));
  return {
    fromPickMs: at - marks.pickedAt,
    fromIndexReadMs: at - marks.indexRead,
    fromListingMs: at - marks.received,
  };
}

export interface Keystroke {
  query: string;
  ms: number;
  rows: string;
}

/** Types `query` one key at a time into the tree search; each latency is input event → frame with the new rows. */
export async function filterLatencies(page: Page, query: string): Promise<Keystroke[]> {
  const search = page.getByRole('searchbox', { name: 'Search variables' });
  await search.fill('');
  await search.focus();
  const signature = () =>
    page.evaluate(
      (sel) =>
        `${document.querySelector('.tree-count')?.textContent}|${document.querySelector(sel)?.textContent?.slice(0, 400)}`,
      TREE,
    );
  const out: Keystroke[] = [];
  for (let i = 0; i < query.length; i++) {
    await waitSettled(page);
    const before = await signature();
    await page.keyboard.type(query[i]!);
    const changed = await page
      .waitForFunction(
        ([sel, prev]) => {
          const now = `${document.querySelector('.tree-count')?.textContent}|${document.querySelector(sel!)?.textContent?.slice(0, 400)}`;
          return now !== prev ? performance.now() : 0;
        },
        [TREE, before] as const,
        { polling: 'raf', timeout: 10_000 },
      )
      .catch(() => undefined);
    if (!changed) throw new Error(`The tree did not change after typing "${query.slice(0, i + 1)}".`);
    const inputAt = await page.evaluate(() => window.__scale!.inputAt);
    const rows = await page.evaluate(() => document.querySelector('.tree-count')?.textContent ?? '');
    out.push({ query: query.slice(0, i + 1), ms: (await changed.jsonValue()) - inputAt, rows });
  }
  return out;
}

export async function clearLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => (window.__scale!.longTasks = []));
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__scale!.longTasks.slice());
}

/** Selects a variable through the tree search and waits for its statistics (computed in the worker). */
export async function statsOf(page: Page, name: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search variables' });
  await search.fill(name);
  await page.locator(`${TREE} [role="treeitem"][aria-label="${name}"]`).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('img', { name: `Histogram of ${name}` }).waitFor({ timeout: 600_000 });
}

/** Resident memory of every Chromium process, in MiB. */
export function browserRssMiB(): number {
  try {
    const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
    return out.split('\n').reduce((n, l) => n + (Number(l.trim()) || 0), 0) / 1024;
  } catch {
    return 0;
  }
}

export type { GeneratedCheckpoint };

import { expect, test } from './fixtures';
import {
  type GeneratedCheckpoint,
  removeScaleDir,
  scaleDir,
  writeHugeCheckpoint,
  writeWideCheckpoint,
} from './pages/scaleCheckpoints';
import {
  clearLongTasks,
  filterLatencies,
  installScaleRecorders,
  longTasks,
  statsOf,
  timeToTreeRow,
  treePaintTimes,
} from './pages/scaleProbe';

// Functional scale probes; the timings are recorded as annotations (and measured by
// `npm run bench -- scale`), never asserted: CI has 2 cores and SwiftShader.
let dir = '';
let wide: GeneratedCheckpoint;
let huge: GeneratedCheckpoint;

test.beforeAll(async () => {
  dir = await scaleDir();
  wide = await writeWideCheckpoint(dir, 100_000);
  huge = await writeHugeCheckpoint(dir, 2, 512);
});
test.afterAll(() => removeScaleDir(dir));

test('a 100,000-variable checkpoint opens into the virtualized tree and filters as you type', async ({
  page,
  app,
}, info) => {
  test.setTimeout(300_000);
  await installScaleRecorders(page);
  await app.goto();
  const paint = await treePaintTimes(page, [wide.index, wide.data], 'net/');
  await app.waitIdle();
  await expect(page.locator('.tree-count')).toHaveText('100,000 / 100,000');
  // Virtualized: a few dozen rows in the DOM, not 100,000.
  expect(await page.getByRole('treeitem').count()).toBeLessThan(300);
  // The totals per scope come from the scope tree built in the worker: 10 stages of 10,000
  // float32 scalars each (4 bytes apiece).
  const row = (label: string) => page.getByRole('treeitem', { name: label, exact: true });
  await expect(row('net/')).toContainText('100,000 vars · 100K params · 391 KB');
  await expect(row('net/stage_3/')).toContainText('10,000 vars · 10K params · 39 KB');
  await row('net/stage_3/').click();
  await expect(row('net/stage_3/block_0/')).toContainText('1,000 vars');
  await row('net/stage_3/block_0/').click();
  // Natural order inside a scope: layer3, layer103, …, layer903, layer1003.
  await expect(row('net/stage_3/block_0/layer903/')).toBeVisible();
  const labels = await page
    .getByRole('treeitem')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
  const layers = labels.filter((l) => /^net\/stage_3\/block_0\/layer\d+\/$/.test(l ?? ''));
  expect(layers.slice(0, 4)).toEqual([
    'net/stage_3/block_0/layer3/',
    'net/stage_3/block_0/layer103/',
    'net/stage_3/block_0/layer203/',
    'net/stage_3/block_0/layer303/',
  ]);
  const keys = await filterLatencies(page, '7391');
  await expect(page.locator('.tree-count')).toHaveText('10 / 100,000');
  await expect(
    page.getByRole('treeitem', { name: 'net/stage_1/block_9/layer7391/weights', exact: true }),
  ).toBeVisible();
  info.annotations.push({
    type: 'timing',
    description: `first tree paint ${paint.fromPickMs.toFixed(0)} ms after the pick, ${paint.fromIndexReadMs.toFixed(0)} ms after the index was read, ${paint.fromListingMs.toFixed(0)} ms after the listing arrived; keystrokes ${keys.map((k) => `${k.query}:${k.ms.toFixed(0)}ms`).join(' ')}`,
  });
});

test('a 1 GiB checkpoint opens from its index and streams statistics in the worker', async ({
  page,
  app,
}, info) => {
  test.setTimeout(600_000);
  await installScaleRecorders(page);
  await app.goto();
  const paintMs = await timeToTreeRow(page, [huge.index, huge.data], 'huge/');
  await app.waitIdle();
  await expect(page.locator('.tree-count')).toHaveText('3 / 3');
  await clearLongTasks(page);
  await statsOf(page, 'huge/layer1/weights');
  const values = page.getByRole('region', { name: 'Values' });
  // 512 MiB of float32 zeros: 134,217,728 elements, all zero, read and CRC-checked in the worker.
  await expect(values).toContainText('134,217,728 / 0 / 0');
  const tasks = await longTasks(page);
  info.annotations.push({
    type: 'timing',
    description: `tree ${paintMs.toFixed(0)} ms after pick; long tasks during the scan: ${tasks.map((t) => t.toFixed(0)).join(', ') || 'none'}`,
  });
});

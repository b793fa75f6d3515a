import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeCheckpoint } from '../src/formats/openNode';
import { deriveTensors, mapFloats, writeCheckpointFiles } from '../src/testing/compare/checkpointPairs';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

let dir = '';
let bFiles: string[] = [];

test.beforeAll(async () => {
  // B: the oracle with cell_11 moved by ~3e-2 and cell_4 by ~1e-4, written with the project's V2 writer.
  dir = await mkdtemp(join(tmpdir(), 'slimscope-compare-'));
  const a = await openNodeCheckpoint(oracle('model.ckpt'));
  const scale = (name: string) =>
    name.startsWith('cell_11/') ? 3e-2 : name.startsWith('cell_4/') ? 1e-4 : 0;
  const tensors = await deriveTensors(a, (t) =>
    scale(t.name) ? mapFloats(t, (x, i) => x * (1 + scale(t.name) * Math.sin(i + 1))) : t,
  );
  bFiles = await writeCheckpointFiles(join(dir, 'finetuned.ckpt'), tensors);
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('compare two checkpoints: coloured tree and graph, details, CSV export', async ({
  page,
  app,
  tree,
  modelGraph,
}) => {
  await app.goto();
  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');

  await app.idleAfter(() => page.getByTestId('compare-files-input').setInputFiles(bFiles));
  const panel = page.getByRole('region', { name: 'Comparison', exact: true });
  const summary = panel.getByTestId('compare-summary');
  await expect(summary).toContainText(/identical, \d+ changed, largest in cell_11: [\d.]+e-2/);
  const changed = Number(
    /(\d[\d,]*) changed/.exec((await summary.textContent()) ?? '')![1]!.replace(/,/g, ''),
  );
  expect(changed).toBeGreaterThan(50);
  await app.screenshot('compare-summary');

  // Tree: scopes carry a colour chip; sorted by change, cell_11 comes first.
  await tree.show();
  await page.getByRole('checkbox', { name: 'Sort by change' }).check();
  const first = tree.tree.getByRole('treeitem').first();
  await expect(first).toHaveAttribute('aria-label', 'cell_11/');
  await expect(first.locator('[data-change]')).toHaveAttribute('data-change', /^0\.0[0-9]+/);
  const stem = tree.item('cell_stem_0/');
  await expect(stem.locator('[data-change]')).toHaveAttribute('data-change', '0');
  await app.screenshot('compare-tree');

  // Graph: each cell coloured by its largest change.
  const cell11 = modelGraph.node('cell_11');
  await expect(cell11).toHaveAccessibleName(/largest change: cell_11\//);
  const change11 = Number(await cell11.locator('rect[data-change]').getAttribute('data-change'));
  const change4 = Number(
    await modelGraph.node('cell_4').locator('rect[data-change]').getAttribute('data-change'),
  );
  const change0 = Number(
    await modelGraph.node('cell_0').locator('rect[data-change]').getAttribute('data-change'),
  );
  expect(change11).toBeGreaterThan(1e-2);
  expect(change4).toBeGreaterThan(1e-5);
  expect(change4).toBeLessThan(1e-3);
  expect(change0).toBe(0);
  await app.screenshot('compare-graph');

  // Details of one changed tensor: statistics, A/B histograms overlaid, histogram of a − b.
  const name = 'cell_11/comb_iter_0/left/separable_5x5_1/depthwise_weights';
  await page.getByRole('checkbox', { name: 'Sort by change' }).uncheck();
  await tree.selectVariable(name);
  await page.getByRole('tab', { name: 'Details' }).click();
  const details = page.getByRole('region', { name: 'Comparison with B' });
  await expect(details).toContainText('relative L2');
  await expect(details.getByRole('img', { name: `Histograms of ${name} in A and B` })).toBeVisible();
  const diffHistogram = details.getByRole('img', { name: `Histogram of a − b for ${name}` });
  await expect(diffHistogram).toBeVisible();
  await diffHistogram.scrollIntoViewIfNeeded();
  await app.screenshot('compare-details');

  // CSV export: one line per pair, the changed tensor among them.
  await page.getByRole('tab', { name: 'Compare' }).click();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const csv = (await readFile(file, 'utf8')).trim().split('\r\n');
  expect(csv[0]).toMatch(/^a,b,status,maxAbs,meanAbs,relL2,cosine,changedFraction,relation/);
  expect(csv).toHaveLength(1 + 1139);
  expect(csv.filter((l) => /,changed,/.test(l))).toHaveLength(changed);
  expect(csv.find((l) => l.startsWith(`${name},${name},changed,`))).toBeDefined();
});

const houses = (f: string) => shared('fixtures', 'tf', 'houseprices-tf1.10', f);

/** A DataTransfer in the page holding these files (as a drop from the desktop would). */
async function dataTransferOf(page: Page, paths: string[]) {
  const files = await Promise.all(
    paths.map(async (p) => ({ name: p.split('/').pop()!, base64: (await readFile(p)).toString('base64') })),
  );
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    return dt;
  }, files);
}

test('dropping B onto the compare target, or with Alt held, compares instead of opening', async ({
  page,
  app,
}) => {
  await app.goto();
  await app.openFiles([houses('model.ckpt.index'), houses('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  const bFiles = [houses('model_longtrain.ckpt.index'), houses('model_longtrain.ckpt.data-00000-of-00001')];
  const summary = page.getByTestId('compare-summary');

  // 1. Onto the compare target of the drop overlay.
  const dataTransfer = await dataTransferOf(page, bFiles);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  const target = page.locator('[data-drop-compare]');
  await expect(target).toContainText('Drop here to compare');
  await app.screenshot('compare-drop-target');
  await app.idleAfter(() => target.dispatchEvent('drop', { dataTransfer }));
  await expect(summary).toContainText(/identical, \d+ changed, \d+ shape changed, 2 only in A/);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await expect(app.openedSource()).not.toContainText('model_longtrain');

  // 2. Closing B, then an ordinary drop with Alt held.
  await page.getByRole('button', { name: 'Close B' }).click();
  await expect(summary).toHaveCount(0);
  const again = await dataTransferOf(page, bFiles);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: again });
  await app.idleAfter(() => page.dispatchEvent('body', 'drop', { dataTransfer: again, altKey: true }));
  await expect(summary).toContainText(/2 only in A/);
  await expect(page.getByRole('region', { name: 'Comparison', exact: true })).toContainText(
    'model_longtrain.ckpt',
  );
  await expect(app.openedSource()).not.toContainText('model_longtrain');
});

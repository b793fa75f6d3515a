import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

test('the walkthrough’s smaller things: one vocabulary, aux-head hint, EMA at once, empty list, export confirmed, fresh graph per checkpoint', async ({
  page,
  app,
  tree,
  graph,
  report,
  toolbar,
  modelGraph,
}) => {
  await app.goto();
  // The demo: detected as Mobile (inference), its aux head explained where it shows as unused.
  await expect(page.getByRole('status', { name: 'Model detection' })).toContainText(
    'NASNet-A Mobile, inference, 1001 classes: covers 1126/1126 variables',
  );
  await report.show();
  await expect(report.region).toContainText('12 of these are aux-head weights: Training mode uses them');
  // One vocabulary: the report's group is the tree filter's "Not a model weight", the tree badges the roles.
  await expect(report.region).toContainText('Not a model weight (kept out of matching)');
  await expect(tree.statusFilter.getByRole('option', { name: 'Not a model weight' })).toHaveCount(1);
  await expect(tree.search).toHaveAttribute('placeholder', 'Search…');
  await app.screenshot('walkthrough-report');

  // "Switch to Training" uses the aux head: nothing unused any more.
  await app.idleAfter(() => report.region.getByRole('button', { name: 'Switch to Training' }).click());
  await expect(modelGraph.mode).toHaveValue('training');
  await expect.poll(() => report.coverage()).toEqual([1138, 1138]);

  // The EMA switch shows its new state at once, before the worker answers.
  const ema = toolbar.group.getByRole('checkbox', { name: 'Use EMA weights' });
  await ema.click();
  await expect(ema).toBeChecked({ timeout: 20 });
  await app.waitIdle();

  // Nothing missing: the "Without weights" list says so instead of staying blank.
  await graph.show();
  await page.getByRole('checkbox', { name: 'Without weights' }).check();
  await expect(
    page.getByRole('status').filter({ hasText: 'Every graph variable has weights' }),
  ).toBeVisible();

  // An export is confirmed.
  await toolbar.download(toolbar.exportMapping);
  await expect(app.notifications).toContainText(/Exported .*\.mapping\.json/);

  // The graph's expanded cells do not carry over to the next checkpoint.
  await modelGraph.expand('cell_0');
  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(modelGraph.drawing.getByRole('button', { name: 'Expand cell_0' })).toBeVisible();
  await expect(modelGraph.drawing.getByRole('button', { name: 'Collapse cell_0' })).toHaveCount(0);
});

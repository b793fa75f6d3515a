import { expect, test } from '@playwright/test';
import { AppPage, shared } from './pages/appPage';
import { DetailsPanel } from './pages/detailsPanel';
import { TreePanel } from './pages/treePanel';

const dnn = (f: string) => shared('fixtures', 'tf', 'dnn-test-tf1.12', f);
const houses = (f: string) => shared('fixtures', 'tf', 'houseprices-tf1.10', f);

test('open a real TF1 checkpoint: its tree, roles, values', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openFiles([
    dnn('model.ckpt.index'),
    dnn('model.ckpt.data-00000-of-00001'),
    dnn('model.ckpt.meta'),
  ]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await expect(app.openedSource()).not.toContainText('synthetic demo');
  const tree = new TreePanel(page);
  await expect(tree.item('bn/')).toBeVisible();
  await tree.item('bn/').click();
  await expect(tree.item('bn/moving_mean')).toBeVisible();
  await tree.selectVariable('bn/moving_mean');
  const details = new DetailsPanel(page);
  await expect(details.checkpointSection).toContainText('float32');
  await expect(details.values.getByRole('table', { name: 'Statistics' })).toBeVisible();
  await app.screenshot('fixture-dnn');
});

test('several checkpoints in one drop: the user picks the prefix', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page
    .getByLabel('Checkpoint files')
    .setInputFiles([
      houses('model.ckpt.index'),
      houses('model.ckpt.data-00000-of-00001'),
      houses('model_longtrain.ckpt.index'),
      houses('model_longtrain.ckpt.data-00000-of-00001'),
      houses('checkpoint'),
    ]);
  const dialog = page.getByRole('dialog', { name: /Several checkpoints found/ });
  await expect(dialog).toBeVisible();
  await app.screenshot('prefix-dialog');
  await dialog.getByRole('radio', { name: /model_longtrain\.ckpt/ }).check();
  await dialog.getByRole('button', { name: 'Open checkpoint' }).click();
  await app.waitIdle();
  await expect(app.openedSource()).toContainText('model_longtrain.ckpt');
  const tree = new TreePanel(page);
  await tree.filter('Adam');
  await expect(tree.tree.getByRole('treeitem').filter({ hasText: 'slot' }).first()).toBeVisible();
});

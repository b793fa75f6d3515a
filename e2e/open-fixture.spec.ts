import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

const dnn = (f: string) => shared('fixtures', 'tf', 'dnn-test-tf1.12', f);
const houses = (f: string) => shared('fixtures', 'tf', 'houseprices-tf1.10', f);

test('open a real TF1 checkpoint: its tree, roles, values', async ({ app, tree, details }) => {
  await app.goto();
  await app.openFiles([
    dnn('model.ckpt.index'),
    dnn('model.ckpt.data-00000-of-00001'),
    dnn('model.ckpt.meta'),
  ]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await expect(app.openedSource()).not.toContainText('synthetic demo');
  await expect(tree.item('bn/')).toBeVisible();
  await tree.item('bn/').click();
  await expect(tree.item('bn/moving_mean')).toBeVisible();
  await tree.selectVariable('bn/moving_mean');
  await expect(details.checkpointSection).toContainText('float32');
  await expect(details.values.getByRole('table', { name: 'Statistics' })).toBeVisible();
  await app.screenshot('fixture-dnn');
});

test('several checkpoints in one drop: the user picks the prefix', async ({ page, app, tree }) => {
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
  await app.idleAfter(() => dialog.getByRole('button', { name: 'Open checkpoint' }).click());
  await expect(app.openedSource()).toContainText('model_longtrain.ckpt');
  await tree.filter('Adam');
  await expect(tree.tree.getByRole('treeitem').filter({ hasText: 'slot' }).first()).toBeVisible();
});

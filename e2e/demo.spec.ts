import { expect, test } from './fixtures';

test('first start opens the synthetic demo, labelled, matched, with a browsable tree', async ({
  app,
  tree,
  details,
  report,
}) => {
  await app.goto();
  await expect(app.openedSource()).toContainText('synthetic demo');
  await expect(tree.item('tower_0/')).toHaveAttribute('aria-expanded', 'true');
  await expect(tree.item('tower_0/cell_0/')).toBeVisible();
  await app.screenshot('demo-start');

  await report.show();
  await expect(report.summary).toBeVisible();
  const [mapped, total] = await report.coverage();
  // Inference layout: 1126 variables; the demo's 12 aux-head tensors are listed as unused.
  expect(total).toBe(1126);
  expect(mapped).toBe(1126);
  await app.screenshot('demo-report');

  await tree.selectVariable('tower_0/conv0/weights');
  await details.show();
  await expect(details.checkpointSection).toContainText('[3, 3, 3, 32]');
  await expect(details.values.getByRole('img', { name: /Histogram of/ })).toBeVisible();
  await expect(details.checkpointSection).toContainText('Mapped to');
  await app.screenshot('demo-details');
});

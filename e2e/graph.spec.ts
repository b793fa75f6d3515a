import { expect, test } from './fixtures';

test('graph view: switch model and mode, expand a cell, click a node to select its variables', async ({
  page,
  app,
  tree,
  graph,
  modelGraph,
}) => {
  await app.goto();
  await expect(modelGraph.node('cell_11')).toBeVisible();
  await expect(modelGraph.node('aux_7')).toHaveCount(0);
  await expect(modelGraph.legend).toContainText('all weights mapped');
  // The demo is auto-matched on first start: a cell's weights are all mapped.
  await expect(modelGraph.node('cell_0')).toHaveAccessibleName(/cell_0: 71\/71 weights mapped/);

  await modelGraph.choose('nasnet-large', 'training');
  await expect(modelGraph.node('cell_17')).toBeVisible();
  await expect(modelGraph.node('reduction_cell_1')).toBeVisible();
  await expect(modelGraph.node('aux_11')).toBeVisible();
  await app.screenshot('graph-large-training');

  await modelGraph.choose('nasnet-mobile', 'inference');
  await modelGraph.expand('cell_0');
  const op = modelGraph.node(/^0 left: separable_5x5_2: /);
  await expect(op).toBeVisible();
  await expect(modelGraph.node(/^path 2: shift · pool · 1×1: /)).toBeVisible();
  // Keyboard: Tab focus brings the node on screen (wide cells extend past the panel), Enter selects.
  await op.focus();
  await op.press('Enter');
  await expect(op).toHaveAttribute('aria-pressed', 'true');
  await app.screenshot('graph-cell0-expanded');

  // The selection shows in the details panel: the op's 12 variables (2 separable convs + 2 BNs).
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('region', { name: 'Selection details' })).toContainText(
    'cell_0/comb_iter_0/left/separable_5x5_1/depthwise_weights',
  );

  // Selecting a graph variable elsewhere opens its cell in the drawing and highlights its op.
  await graph.select('cell_5/comb_iter_4/left/bn_sep_3x3_2/gamma');
  await expect(modelGraph.drawing.getByRole('button', { name: 'Collapse cell_5' })).toBeVisible();
  await expect(
    modelGraph.drawing.locator('[data-node-id="op:cell_5/comb_iter_4/left"]').locator('..'),
  ).toHaveClass(/selected-inside/);
  await app.screenshot('graph-reveal');

  // With a checkpoint variable selected, clicking a node picks its matching variable (to map by clicks).
  await tree.selectVariable('tower_0/cell_2/beginning_bn/gamma');
  await modelGraph.node('cell_2').focus();
  await modelGraph.node('cell_2').press('Enter');
  const details = page.getByRole('region', { name: 'Selection details' });
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(details).toContainText('cell_2/beginning_bn/gamma');
  await expect(details).not.toContainText('graph variables selected');
});

import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'pnasnet-mobile', f);

test('PNASNet-5 Mobile oracle: pick the model, every variable matched, Verify reproduces logits.npy on WebGL and WASM', async ({
  app,
  tree,
  modelGraph,
  report,
  verify,
}) => {
  test.setTimeout(420_000);
  await app.goto();
  // Picked by hand: opening does not detect the model (yet).
  await modelGraph.choose('pnasnet-mobile', 'inference');
  await expect(modelGraph.node('cell_3')).toContainText('stride 2');
  await expect(modelGraph.node('cell_8')).toBeVisible();
  await expect(modelGraph.node(/^reduction_cell_0: /)).toHaveCount(0);
  await app.screenshot('pnasnet-graph');

  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([933, 933]);
  await expect(report.summary).toContainText('exact 933');
  await tree.statusFilter.selectOption('unmatched');
  // The 12 aux-head variables exist only in the training layout.
  await expect(tree.tree.getByRole('treeitem', { name: 'aux_5/', exact: true })).toBeVisible();
  await app.screenshot('pnasnet-matched');

  await verify.show();
  await expect(verify.backend).toHaveValue('webgl');
  await verify.loadWeights.click();
  await expect(verify.weightsStatus).toContainText('933 weights loaded into pnasnet-mobile', {
    timeout: 120_000,
  });
  await verify.runFiles([oracle('input.npy'), oracle('logits.npy')]);
  await expect(verify.run(1)).toBeVisible({ timeout: 300_000 });
  await expect(verify.run(1)).toContainText('backend WebGL');
  await expect(verify.top5(1, 'input.npy [0]')).toHaveCount(5);
  // The app's own verdict: 2e-3 × max|logit| on WebGL and WASM.
  const webgl = verify.run(1).getByRole('status', { name: 'Reference comparison' });
  await expect(webgl).toContainText('Match: logits agree');
  await expect(webgl).toContainText('Top-1 agreement2 of 2');
  await verify.openStats(1);
  await expect(verify.activationTable(1).getByRole('row', { name: /^Cell_6 / })).toBeVisible();
  await app.screenshot('pnasnet-verify');

  await verify.backend.selectOption('wasm');
  await verify.runFiles([oracle('input.npy'), oracle('logits.npy')]);
  await expect(verify.run(2)).toBeVisible({ timeout: 300_000 });
  await expect(verify.run(2)).toContainText('backend WASM');
  await expect(verify.run(2).getByRole('status', { name: 'Reference comparison' })).toContainText(
    'Match: logits agree',
  );
  await expect(app.errorToasts()).toHaveCount(0);
});

import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'pnasnet-mobile', f);

test('PNASNet-5 Mobile oracle opened while NASNet-A Mobile is selected: detected, every variable matched with no click, Verify reproduces logits.npy on WebGL and WASM', async ({
  page,
  app,
  tree,
  modelGraph,
  report,
  toolbar,
  verify,
}) => {
  test.setTimeout(420_000);
  await app.goto();
  await expect(modelGraph.model).toHaveValue('nasnet-mobile');
  await expect(modelGraph.mode).toHaveValue('inference');

  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  const banner = page.getByRole('status', { name: 'Model detection' });
  await expect(banner).toContainText(
    'PNASNet-5 Mobile, inference, 1001 classes: covers 933/933 variables; 1001 classes from final_layer/FC/weights [1080,1001]',
  );
  await expect(modelGraph.model).toHaveValue('pnasnet-mobile');
  await expect(modelGraph.mode).toHaveValue('inference');
  await expect(page.getByRole('spinbutton', { name: 'Classes' })).toHaveValue('1001');
  // The detected graph is drawn: stride-2 cells inside the numbering, no reduction cells.
  await expect(modelGraph.node('cell_3')).toContainText('stride 2');
  await expect(modelGraph.node('cell_8')).toBeVisible();
  await expect(modelGraph.node(/^reduction_cell_0: /)).toHaveCount(0);
  await app.screenshot('pnasnet-detected');

  await report.show();
  await expect.poll(() => report.coverage()).toEqual([933, 933]);
  await expect(report.summary).toContainText('exact 933');
  // Matched by detection alone: nothing for the user to undo.
  await expect(toolbar.undo).toBeDisabled();
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
  await expect(verify.run(1).getByLabel('Made from')).toContainText(
    'PNASNet-5 Mobile, inference, 1001 classes · raw weights · mapping rev',
  );
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
  // Every reference end point (Stem, Cell_0, the stride-2 Cell_3 and Cell_6, …) agrees too.
  await verify.run(2).getByLabel('Reference end points for run 2').setInputFiles(oracle('endpoints.npz'));
  const endpoints = verify.run(2).getByRole('status', { name: 'End points comparison' });
  await expect(endpoints).toContainText('All 8 end points agree with endpoints.npz', { timeout: 240_000 });
  await expect(endpoints.getByRole('table', { name: 'End points' }).getByRole('row')).toHaveCount(9);
  await expect(modelGraph.node(/first diverging end point/)).toHaveCount(0);
  await endpoints.scrollIntoViewIfNeeded();
  await app.screenshot('pnasnet-endpoints');
  await expect(app.errorToasts()).toHaveCount(0);
});

import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

test('open the NASNet oracle checkpoint: every graph variable matched by exact name', async ({
  app,
  tree,
  report,
}) => {
  await app.goto();
  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1126, 1126]);
  await expect(report.summary).toContainText('exact 1,126');
  await tree.statusFilter.selectOption('unmatched');
  // The 12 aux-head variables exist only in the training layout.
  await expect(tree.tree.getByRole('treeitem', { name: 'aux_7/', exact: true })).toBeVisible();
  await app.screenshot('oracle-matched');
});

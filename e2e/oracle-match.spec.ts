import { expect, test } from '@playwright/test';
import { AppPage, shared } from './pages/appPage';
import { ReportPanel } from './pages/reportPanel';
import { TreePanel } from './pages/treePanel';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

test('open the NASNet oracle checkpoint: every graph variable matched by exact name', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  const report = new ReportPanel(page);
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1126, 1126]);
  await expect(report.summary).toContainText('exact 1,126');
  const tree = new TreePanel(page);
  await tree.statusFilter.selectOption('unmatched');
  // The 12 aux-head variables exist only in the training layout.
  await expect(tree.tree.getByRole('treeitem', { name: 'aux_7/', exact: true })).toBeVisible();
  await app.screenshot('oracle-matched');
});

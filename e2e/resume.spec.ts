import { expect, test } from '@playwright/test';
import { AppPage } from './pages/appPage';
import { DetailsPanel } from './pages/detailsPanel';
import { GraphListPanel } from './pages/graphListPanel';
import { ReportPanel } from './pages/reportPanel';

test('work in progress is saved locally and offered back when the same checkpoint opens again', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  const graph = new GraphListPanel(page);
  const details = new DetailsPanel(page);
  await graph.select('conv0/weights');
  await details.show();
  await details.unmapButton.click();
  await page.waitForTimeout(1000); // the save is debounced

  await page.reload();
  await app.waitIdle();
  const saved = page.getByRole('region', { name: 'Saved work' });
  await expect(saved).toBeVisible();
  await app.screenshot('resume-offer');
  await saved.getByRole('button', { name: 'Resume saved work' }).click();
  await app.waitIdle();
  const report = new ReportPanel(page);
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1125, 1126]);
});

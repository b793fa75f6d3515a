import { expect, test } from './fixtures';

test('Scan all statistics streams in the worker and lists the results in the Report tab', async ({
  page,
  app,
}) => {
  // Long main-thread tasks during the scan, seen by a PerformanceObserver in the page.
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await app.goto();
  await expect(app.openedSource()).toContainText('synthetic demo');
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  await page.getByRole('button', { name: 'Scan all statistics' }).click();
  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats.getByRole('table', { name: 'Statistics summary' })).toBeVisible();
  await expect(stats).toContainText('Tensors scanned');
  const scanned = await stats.getByRole('row').first().getByRole('cell').textContent();
  expect(Number((scanned ?? '').split('(')[0]!.replace(/\D/g, ''))).toBeGreaterThan(1000);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(`long tasks during the scan (ms): ${JSON.stringify(longTasks)}`);
});

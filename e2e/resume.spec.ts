import { expect, test } from './fixtures';

test('work in progress is saved locally and offered back when the same checkpoint opens again', async ({
  page,
  app,
  graph,
  details,
  report,
}) => {
  await app.goto();
  await graph.select('conv0/weights');
  await details.show();
  // Idle again once the debounced save of the edit is written.
  await app.idleAfter(() => details.unmapButton.click());

  await page.reload();
  await app.waitIdle();
  const saved = page.getByRole('region', { name: 'Saved work' });
  await expect(saved).toBeVisible();
  await app.screenshot('resume-offer');
  await app.idleAfter(() => saved.getByRole('button', { name: 'Resume saved work' }).click());
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1125, 1126]);
});

import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { shared } from './pages/appPage';

const fixture = (...p: string[]) => shared('fixtures', 'tf', ...p);

test('a whole session talks only to the app origin and never violates the CSP', async ({
  page,
  app,
  toolbar,
  report,
  verify,
  probe,
}) => {
  test.setTimeout(600_000);
  await probe.attach(page);

  // 1. First start: the demo, under the app's CSP.
  await app.goto();
  await expect(app.openedSource()).toContainText('synthetic demo');
  const policy = await probe.policy(page);
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);

  // 2. Verify the demo's weights on WASM with a built-in image and one of the user's own.
  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.loadWeights.click();
  await expect(verify.weightsStatus).toContainText('weights loaded', { timeout: 180_000 });
  await verify.runSample('Chelsea the cat');
  await expect(verify.run(1)).toBeVisible({ timeout: 300_000 });
  await verify.runFiles([shared('samples', 'coffee.png')]);
  await expect(verify.run(2)).toBeVisible({ timeout: 300_000 });
  await expect(verify.backendInUse).toContainText(/WASM/i);

  // 3. Export the mapping document (a download made from a blob: URL).
  const doc = await toolbar.download(toolbar.exportMapping);
  expect(JSON.parse(await readFile((await doc.path())!, 'utf8')).pairs.length).toBeGreaterThan(0);

  // 4. Open a real fixture, auto-match it, export again.
  await app.openFiles([
    fixture('houseprices-tf1.10', 'model.ckpt.index'),
    fixture('houseprices-tf1.10', 'model.ckpt.data-00000-of-00001'),
    fixture('houseprices-tf1.10', 'model.ckpt.meta'),
  ]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await app.idleAfter(() => toolbar.autoMatch.click());
  await report.show();
  if (await toolbar.exportMapping.isEnabled()) await toolbar.download(toolbar.exportMapping);

  // Every request of the session (page, workers, service worker) went to the app's own origin.
  expect(probe.requests.length).toBeGreaterThan(5);
  expect(probe.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(probe.foreignRequests()).toEqual([]);
  expect(await probe.pageViolations(page)).toEqual([]);
  expect(probe.consoleViolations).toEqual([]);
});

import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

test('once loaded, the built app works offline (service worker precache)', async ({
  page,
  context,
  app,
  tree,
}) => {
  test.setTimeout(300_000);
  await app.goto();
  await expect(app.openedSource()).toContainText('synthetic demo');
  // The service worker has installed (precached every built file) and controls the page.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
    .toBe(true);
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('slimscope-'));
    return names.length === 1 ? (await (await caches.open(names[0]!)).keys()).map((r) => r.url) : [];
  });
  expect(cached.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(cached.some((u) => /checkpoint\.worker-.*\.js$/.test(u))).toBe(true);

  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('/index.html?probe', { cache: 'no-store' }).then(
        () => 'served',
        () => 'failed',
      ),
    ),
  ).toBe('served');
  await page.reload();
  await app.waitIdle();
  await expect(app.openedSource()).toContainText('synthetic demo');
  await expect(tree.item('tower_0/')).toBeVisible();

  // Local files still open, and inference still runs (WASM binary from the cache).
  await app.openFiles([
    shared('fixtures', 'tf', 'serving-half-plus-two-v2', 'export.index'),
    shared('fixtures', 'tf', 'serving-half-plus-two-v2', 'export.data-00000-of-00001'),
  ]);
  await expect(app.openedSource()).toContainText('export');
  await app.screenshot('offline-fixture');
  await context.setOffline(false);
});

test('offline reload keeps inference working on WASM', async ({ page, context, app, verify }) => {
  test.setTimeout(300_000);
  await app.goto();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await app.waitIdle();
  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.loadWeights.click();
  await expect(verify.weightsStatus).toContainText('weights loaded', { timeout: 180_000 });
  await verify.runSample('Chelsea the cat');
  await expect(verify.top5(1, 'Chelsea the cat')).toHaveCount(5, { timeout: 120_000 });
  await context.setOffline(false);
});

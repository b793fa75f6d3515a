import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

// The BUILT app (vite preview, CSP in force, minified): threaded WASM must start and agree with
// TF-Slim; where the page is not cross-origin isolated, WASM falls back to one thread.
const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

const threadPicker = (page: Page) => page.getByRole('combobox', { name: 'WASM threads' });
const threadsInUse = (page: Page) => page.getByLabel('WASM threads in use');

test('cross-origin isolated: threaded WASM runs the oracle (2 threads, then 1) and matches logits.npy', async ({
  page,
  app,
  toolbar,
  verify,
}) => {
  test.setTimeout(600_000);
  await app.goto();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");

  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await toolbar.autoMatch.click();
  await app.waitIdle();
  await verify.show();
  await verify.backend.selectOption('wasm');
  await expect(threadPicker(page)).toBeEnabled();
  await threadPicker(page).selectOption('2');
  await expect(threadsInUse(page)).toHaveText('2 in use', { timeout: 120_000 });

  await verify.runFiles([oracle('input.npy'), oracle('logits.npy')]);
  await expect(verify.run(1)).toBeVisible({ timeout: 300_000 });
  await expect(verify.run(1).getByLabel('Threads')).toHaveText(/on 2 threads/);
  await expect(verify.run(1).getByRole('status', { name: 'Reference comparison' })).toContainText(
    'Match: logits agree',
  );
  await app.screenshot('wasm-threads-2');

  // Back to one thread: WASM restarts on the single-threaded binary and still agrees.
  await threadPicker(page).selectOption('1');
  await expect(threadsInUse(page)).toHaveText('1 in use', { timeout: 120_000 });
  await verify.runFiles([oracle('input.npy'), oracle('logits.npy')]);
  await expect(verify.run(2)).toBeVisible({ timeout: 300_000 });
  await expect(verify.run(2).getByLabel('Threads')).toHaveText(/on 1 thread$/);
  await expect(verify.run(2).getByRole('status', { name: 'Reference comparison' })).toContainText(
    'Match: logits agree',
  );
  await expect(verify.error).toHaveCount(0);
});

test.describe('not cross-origin isolated', () => {
  // No service worker (it would add the isolation headers) and the headers stripped from every response.
  test.use({ serviceWorkers: 'block' });

  test('WASM falls back to one thread, the picker says why, and a run still works', async ({
    page,
    app,
    verify,
  }) => {
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
    await app.goto();
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await verify.show();
    await verify.backend.selectOption('wasm');
    await expect(threadPicker(page)).toBeDisabled();
    await expect(threadsInUse(page)).toHaveText('1 in use (not cross-origin isolated)', { timeout: 120_000 });
    await verify.dropSamples(['coffee.png']);
    await expect(verify.run(1)).toBeVisible({ timeout: 180_000 });
    await expect(verify.run(1).getByLabel('Threads')).toHaveText(/on 1 thread$/);
    await expect(verify.top5(1, 'coffee.png')).toHaveCount(5);
    await app.screenshot('wasm-threads-fallback');
  });
});

test('offline, the service worker keeps the page cross-origin isolated and threaded WASM still starts', async ({
  page,
  context,
  app,
  verify,
}) => {
  test.setTimeout(300_000);
  await app.goto();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await app.waitIdle();
  // The precached page and files come from the service worker, with the isolation headers it adds.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await verify.show();
  await verify.backend.selectOption('wasm');
  await threadPicker(page).selectOption('2');
  await expect(threadsInUse(page)).toHaveText('2 in use', { timeout: 120_000 });
  await verify.dropSamples(['coffee.png']);
  await expect(verify.run(1)).toBeVisible({ timeout: 180_000 });
  await expect(verify.run(1).getByLabel('Threads')).toHaveText(/on 2 threads/);
  await context.setOffline(false);
});

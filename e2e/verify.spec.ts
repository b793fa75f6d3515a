import { expect, test } from './fixtures';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

test('verify the NASNet oracle on WebGL: reference input matches logits.npy, a sample image gives top-5', async ({
  app,
  toolbar,
  verify,
}) => {
  test.setTimeout(420_000);
  await app.goto();
  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  await expect(app.openedSource()).toContainText('model.ckpt');
  await app.idleAfter(() => toolbar.autoMatch.click());

  await verify.show();
  await expect(verify.backend).toHaveValue('webgl');
  await verify.loadWeights.click();
  await expect(verify.weightsStatus).toContainText('1126 weights loaded into nasnet-mobile', {
    timeout: 120_000,
  });

  await verify.runFiles([oracle('input.npy')]);
  await expect(verify.run(1)).toBeVisible({ timeout: 300_000 });
  await expect(verify.backendInUse).toContainText('WebGL');
  await expect(verify.run(1)).toContainText('backend WebGL');
  await expect(verify.top5(1, 'input.npy [0]')).toHaveCount(5);
  await expect(verify.top5(1, 'input.npy [1]')).toHaveCount(5);

  // The app's own verdict uses 2e-3 × max|logit| on WebGL.
  const verdict = await verify.compareReference(1, oracle('logits.npy'));
  await expect(verdict).toContainText('Match: logits agree');
  await expect(verdict).toContainText('Top-1 agreement2 of 2');
  await verify.openStats(1);
  await expect(verify.activationTable(1).getByRole('row', { name: /^Reduction_Cell_1 / })).toBeVisible();
  await app.screenshot('verify-oracle');

  // A wrong reference is refused with a plain verdict, not a crash.
  const wrong = await verify.compareReference(1, oracle('predictions.npy'));
  await expect(wrong).toContainText('Mismatch');

  await verify.runSample('Chelsea the cat');
  await expect(verify.run(2)).toBeVisible({ timeout: 300_000 });
  await expect(verify.top5(2, 'Chelsea the cat')).toHaveCount(5);
  await expect(verify.run(2).getByRole('img', { name: 'Chelsea the cat' })).toBeVisible();
  await app.screenshot('verify-sample');

  // WASM runs in the inference worker, its binaries served by the app itself; the verdict holds there too.
  await verify.backend.selectOption('wasm');
  // Input and reference logits picked together: the run is made, then compared with the logits.
  await verify.runFiles([oracle('input.npy'), oracle('logits.npy')]);
  await expect(verify.run(3)).toBeVisible({ timeout: 300_000 });
  await expect(verify.backendInUse).toContainText('WASM');
  await expect(app.statusBar.getByLabel('TF.js backend')).toHaveText('TF.js: WASM');
  await expect(verify.run(3)).toContainText('backend WASM');
  await expect(verify.run(3).getByRole('status', { name: 'Reference comparison' })).toContainText(
    'Match: logits agree',
  );
  await app.screenshot('verify-wasm');
});

test('drop several images at once on Verify: one batch, a top-5 per image, nothing opened as a checkpoint', async ({
  page,
  app,
  verify,
}) => {
  await app.goto();
  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.dropSamples(['coffee.png', 'rocket.jpg']);
  await expect(verify.run(1)).toBeVisible({ timeout: 120_000 });
  await expect(verify.top5(1, 'coffee.png')).toHaveCount(5);
  await expect(verify.top5(1, 'rocket.jpg')).toHaveCount(5);
  await expect(verify.run(1)).toContainText('for 2 inputs');
  await expect(app.openedSource()).toContainText('synthetic demo');
  await expect(app.errorToasts()).toHaveCount(0);
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
  await app.screenshot('verify-drop');
});

test('an image the browser cannot decode is named, and the other images dropped with it still run', async ({
  app,
  verify,
}) => {
  await app.goto();
  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.dropSamples(['coffee.png'], { 'broken.png': 'this is not a PNG' });
  await expect(verify.run(1)).toBeVisible({ timeout: 120_000 });
  await expect(verify.top5(1, 'coffee.png')).toHaveCount(5);
  await expect(verify.run(1)).toContainText('for 1 input');
  await expect(verify.error).toContainText('broken.png');
  await expect(verify.error).toContainText('cannot decode this image');
});

test('verify stops with the list of missing weights when the checkpoint cannot fill the graph', async ({
  app,
  verify,
}) => {
  await app.goto();
  const dir = shared('fixtures', 'tf', 'serving-saved-model-counter', 'variables');
  await app.openFiles([`${dir}/variables.index`, `${dir}/variables.data-00000-of-00001`]);
  await expect(app.openedSource()).toContainText('variables');
  await verify.show();
  await verify.loadWeights.click();
  await expect(verify.weightsStatus).toContainText('1126 graph variables have no weights');
  await expect(verify.missingWeights.getByRole('listitem').first()).toContainText('conv0/weights');
  // Running is refused the same way: no run appears, the list stays.
  await verify.runSample('Chelsea the cat');
  await expect(verify.weightsStatus).toContainText('have no weights');
  await expect(verify.run(1)).toHaveCount(0);
  await app.screenshot('verify-missing');
});

import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { shared } from './pages/appPage';
import { detectDir, removeDetectDir, writeKeras1000, writeSlimTraining } from './pages/detectCheckpoints';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);
const CIFAR10 = ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'];

let dir: string;
test.beforeAll(async () => {
  dir = await detectDir();
});
test.afterAll(async () => {
  await removeDetectDir(dir);
});

test('a 1000-class Keras NASNet: detected as 1000 classes, its own reference gets Match with no manual step', async ({
  page,
  app,
  verify,
  modelGraph: graph,
}) => {
  test.setTimeout(420_000);
  const keras = await writeKeras1000(dir);
  await app.goto();
  await app.openFiles(keras.files);
  const banner = page.getByRole('status', { name: 'Model detection' });
  await expect(banner).toContainText(
    'NASNet-A Mobile, inference, 1000 classes: covers 1126/1126 variables; 1000 classes from keras_nasnet/final_layer/FC/kernel [1056,1000]',
  );
  await expect(graph.model).toHaveValue('nasnet-mobile');
  await expect(page.getByRole('spinbutton', { name: 'Classes' })).toHaveValue('1000');
  await expect(banner.getByRole('button', { name: 'Use 1001 classes (Slim layout)' })).toBeVisible();
  await app.screenshot('detect-keras1000-banner');

  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.runFiles([oracle('input.npy')]);
  await expect(verify.run(1)).toBeVisible({ timeout: 300_000 });
  await expect(verify.weightsStatus).toContainText('1126 weights loaded into nasnet-mobile (1000 classes)');
  const own = await verify.compareReference(1, keras.reference);
  await expect(own).toContainText('Match: logits agree');
  await expect(own).not.toContainText('Class layout');
  // Slim's own 1001-column reference against the 1000-class model: compared on its columns 1:.
  const slim = await verify.compareReference(1, oracle('logits.npy'));
  await expect(slim).toContainText('Match: logits agree');
  await expect(slim).toContainText("compared on the reference's columns 1: (1000 classes)");
  await expect(verify.run(1).getByLabel('Made from')).toContainText(
    'NASNet-A Mobile, inference, 1000 classes · raw weights · mapping rev',
  );
  await app.screenshot('detect-class-layout-verdict');

  // The explicit 1000 → 1001 choice: one click, the logits layer takes a background row.
  await app.idleAfter(() => banner.getByRole('button', { name: 'Use 1001 classes (Slim layout)' }).click());
  await expect(page.getByRole('spinbutton', { name: 'Classes' })).toHaveValue('1001');
  await expect(banner).toContainText('Detected (overridden)');
  await expect(verify.run(1).getByLabel('Made from')).toContainText('stale');
  await verify.runFiles([oracle('input.npy')]);
  await expect(verify.run(2)).toBeVisible({ timeout: 300_000 });
  await expect(verify.weightsStatus).toContainText('(1001 classes)');
  const padded = await verify.compareReference(2, keras.reference);
  await expect(padded).toContainText('Match: logits agree');
  await expect(padded).toContainText("compared on the model's columns 1: (1000 classes)");
});

test('a NASNet CIFAR checkpoint opened while Mobile is selected: detected and matched without a click; CIFAR-10 labels', async ({
  page,
  app,
  report,
  verify,
  modelGraph: graph,
}) => {
  test.setTimeout(300_000);
  const cifar = await writeSlimTraining(dir, 'nasnet-cifar');
  await app.goto();
  await expect(graph.model).toHaveValue('nasnet-mobile');
  await app.openFiles(cifar.files);
  const banner = page.getByRole('status', { name: 'Model detection' });
  await expect(banner).toContainText('NASNet-A CIFAR, inference, 10 classes: covers 1424/1424 variables');
  await expect(graph.model).toHaveValue('nasnet-cifar');
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1424, 1424]);
  // The aux head is there but inference mode does not build it: the report says where it fits.
  await expect(report.region).toContainText('Training mode uses them');

  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.runSample('Chelsea the cat');
  await expect(verify.run(1)).toBeVisible({ timeout: 240_000 });
  const labels = await verify.top5(1, 'Chelsea the cat').locator('td.label').allTextContents();
  expect(labels).toHaveLength(5);
  for (const l of labels) expect(CIFAR10).toContain(l);

  // Another checkpoint that is no NASNet: nothing fits, with the best coverage found.
  await app.openFiles([
    shared('fixtures', 'tf', 'keras-iris-sharded-tf2', 'model.ckpt.index'),
    shared('fixtures', 'tf', 'keras-iris-sharded-tf2', 'model.ckpt.data-00000-of-00002'),
    shared('fixtures', 'tf', 'keras-iris-sharded-tf2', 'model.ckpt.data-00001-of-00002'),
  ]);
  await expect(banner).toContainText('Nothing fits well');
  await expect(banner).toContainText(/the best, NASNet-A .+ covers \d+\/\d+ variables/);
  await app.screenshot('detect-nothing-fits');
});

test('two same-shape kernels of cell_3 swapped: Verify names Cell_3, highlights it and lists the suspects', async ({
  app,
  toolbar,
  verify,
  details,
  modelGraph: graph,
}, info) => {
  test.setTimeout(420_000);
  await app.goto();
  await app.openFiles([oracle('model.ckpt.index'), oracle('model.ckpt.data-00000-of-00001')]);
  const doc = JSON.parse(
    await readFile((await (await toolbar.download(toolbar.exportMapping)).path())!, 'utf8'),
  ) as { pairs: { checkpoint: string; graph: string }[] };
  const A = 'cell_3/comb_iter_0/left/separable_5x5_1/pointwise_weights';
  const B = 'cell_3/comb_iter_0/right/separable_3x3_1/pointwise_weights';
  for (const p of doc.pairs) if (p.graph === A) p.checkpoint = B;
  for (const p of doc.pairs) if (p.graph === B) p.checkpoint = A;
  const swapped = info.outputPath('swapped.mapping.json');
  await writeFile(swapped, JSON.stringify(doc));
  await app.idleAfter(() => toolbar.importMapping(swapped));

  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.runFiles([oracle('input.npy')]);
  await expect(verify.run(1)).toBeVisible({ timeout: 300_000 });
  await verify.run(1).getByLabel('Reference end points for run 1').setInputFiles(oracle('endpoints.npz'));
  const check = verify.run(1).getByRole('status', { name: 'End points comparison' });
  await expect(check).toContainText('First diverging end point: Cell_3 (cell_3)', { timeout: 240_000 });
  const rows = check.getByRole('table', { name: 'End points' }).getByRole('row');
  await expect(rows).toHaveCount(9);
  await expect(rows.nth(1)).toContainText('Stem');
  await expect(rows.nth(1)).toContainText('ok');
  await expect(rows.nth(3)).toContainText('Cell_3');
  await expect(rows.nth(3)).toContainText('beyond tolerance');
  await expect(graph.node(/^cell_3: .*first diverging end point/)).toBeVisible();
  await app.screenshot('detect-diverging-layer');

  const suspect = check.getByRole('button', { name: `${A} ← ${B}` });
  await expect(suspect).toBeVisible();
  await suspect.click();
  await expect(details.graphSection).toContainText(A);
  await expect(details.checkpointSection).toContainText(B);
  await app.screenshot('detect-suspect-pair');

  // Fix the mapping (undo the import): the run is marked stale; a new run agrees everywhere.
  await app.idleAfter(() => toolbar.undo.click());
  await verify.show();
  await expect(verify.run(1).getByLabel('Made from')).toContainText('stale');
  await verify.runFiles([oracle('input.npy')]);
  await expect(verify.run(2)).toBeVisible({ timeout: 300_000 });
  await verify.run(2).getByLabel('Reference end points for run 2').setInputFiles(oracle('endpoints.npz'));
  await expect(verify.run(2).getByRole('status', { name: 'End points comparison' })).toContainText(
    'All 8 end points agree with endpoints.npz',
    { timeout: 240_000 },
  );
  await expect(graph.node(/first diverging end point/)).toHaveCount(0);
});

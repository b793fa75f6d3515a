import { expect, test } from './fixtures';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeKeras3 } from '../src/testing/keras3Writer';
import { writeTfjs } from '../src/testing/tfjsWriter';

const dir = mkdtempSync(join(tmpdir(), 'e2e-keras3-tfjs-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('drop a TF.js model (model.json + shards) and a Keras 3 .keras file: their trees and details', async ({
  app,
  tree,
  details,
}) => {
  const tfjs = writeTfjs(
    [
      {
        name: 'dense/kernel',
        shape: [4, 3],
        values: [0.5, -1, 2, 0.25, 0, 1, 1.5, -2, 3, 0.75, -0.5, 1],
        quantize: 'uint8',
      },
      { name: 'dense/bias', shape: [3], values: [1, 2, 3] },
    ],
    { shardBytes: 8 },
  );
  const tfjsPaths = tfjs.files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return path;
  });
  expect(tfjsPaths.length).toBeGreaterThan(2);
  const kerasPath = join(dir, 'model.keras');
  writeFileSync(
    kerasPath,
    await writeKeras3([
      {
        name: 'stem_conv1',
        className: 'Conv2D',
        config: { use_bias: false },
        vars: [{ shape: [3, 3, 3, 4] }],
      },
      { name: 'predictions', className: 'Dense', vars: [{ shape: [4, 2] }, { shape: [2] }] },
    ]),
  );

  await app.goto();

  await app.openFiles(tfjsPaths);
  await expect(app.openedSource()).toContainText('model.json');
  await expect(app.openedSource()).toContainText('TF.js model');
  await expect(app.errorToasts()).toHaveCount(0);
  await tree.selectVariable('dense/kernel');
  await details.show();
  await expect(details.checkpointSection).toContainText('float32');
  await expect(details.checkpointSection).toContainText(/uint8 · scale/);
  await expect(details.values.getByRole('table', { name: 'Statistics' })).toBeVisible();
  await app.screenshot('tfjs-open');

  await app.openFiles([kerasPath]);
  await expect(app.openedSource()).toContainText('model.keras');
  await expect(app.openedSource()).toContainText('Keras 3');
  await tree.selectVariable('layers/dense/vars/1');
  await details.show();
  await expect(details.checkpointSection).toContainText('predictions/bias');
  await expect(details.checkpointSection).toContainText('Dense');
  await expect(details.values.getByRole('table', { name: 'Statistics' })).toBeVisible();
  await tree.filter('');
  await expect(tree.item('layers/')).toBeVisible();
  await app.screenshot('keras3-open');
});

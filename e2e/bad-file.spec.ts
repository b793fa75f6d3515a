import { expect, test } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { shared } from './pages/appPage';

test('a bad file shows what is wrong and keeps the current checkpoint and mapping', async ({
  app,
  graph,
  details,
  report,
}, info) => {
  await app.goto();
  // Some work in progress: one pair unmapped.
  await graph.select('conv0/weights');
  await details.show();
  await details.unmapButton.click();
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1125, 1126]);

  // A random file named .index, then a data shard without its index.
  const fake = info.outputPath('broken.ckpt.index');
  await writeFile(
    fake,
    Buffer.from('this is not a checkpoint index, just some text padded out to be long enough'),
  );
  await app.openFiles([fake]);
  const error = app.errorToasts().first();
  await expect(error).toBeVisible();
  await expect(error).toContainText('broken.ckpt.index');
  await app.screenshot('bad-file');
  await app.dismissToasts();
  await app.openFiles([shared('fixtures', 'tf', 'dnn-test-tf1.12', 'model.ckpt.data-00000-of-00001')]);
  await expect(app.errorToasts().first()).toContainText('.index');

  await expect(app.openedSource()).toContainText('synthetic demo');
  await expect.poll(() => report.coverage()).toEqual([1125, 1126]);
});

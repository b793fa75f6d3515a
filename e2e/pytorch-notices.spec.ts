import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { openNodeCheckpoint } from '../src/formats/openNode';
import { cadeneMobileFromSlim } from '../src/testing/matching/cadenePth';
import { torchDict, torchTensor, writeTorchZip } from '../src/testing/torchWriter';
import { shared } from './pages/appPage';

// pickle.dumps({'a': 1}, protocol=4): a plain Python pickle, not written by torch.save
const PLAIN_PICKLE = Uint8Array.from([
  0x80, 0x04, 0x95, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x8c, 0x01, 0x61, 0x94, 0x4b, 0x01, 0x73, 0x2e,
]);

const statusToasts = (page: Page) => page.getByRole('region', { name: 'Notifications' }).getByRole('status');

test('a plain pickle named .pth says what is wrong with that file', async ({ app }, info) => {
  await app.goto();
  const pth = info.outputPath('weights.pth');
  await writeFile(pth, PLAIN_PICKLE);
  await app.openFiles([pth]);
  const error = app.errorToasts().first();
  await expect(error).toContainText('weights.pth');
  await expect(error).toContainText('torch.save did not write');
  await expect(error).not.toContainText('None of these files');
  await app.screenshot('plain-pickle-pth');
  await expect(app.openedSource()).toContainText('synthetic demo');
});

test('Export assignment map on a Cadene .pth says which pairs it left out and why', async ({
  page,
  app,
  toolbar,
}, info) => {
  test.setTimeout(300_000);
  const port = await cadeneMobileFromSlim(
    await openNodeCheckpoint(shared('oracle', 'nasnet-mobile', 'model.ckpt')),
  );
  const pth = info.outputPath('nasnetamobile.pth');
  const stateDict = torchDict(port.entries.map(([k, t]) => [k, torchTensor(t.dtype, t.shape, t.bytes)]));
  await writeFile(pth, writeTorchZip(stateDict, 'nasnetamobile'));
  await app.goto();
  await app.openFiles([pth]);
  await expect(app.openedSource()).toContainText('nasnetamobile.pth');
  await app.idleAfter(() => toolbar.autoMatch.click());
  await toolbar.download(toolbar.exportAssignmentMap);
  const notice = statusToasts(page).filter({ hasText: 'Assignment map:' });
  await expect(notice).toContainText('Assignment map: 357 of 1126 pairs left out');
  await expect(notice).toContainText('cannot transform');
  await expect(notice).toContainText('Export re-keyed checkpoint');
  await app.screenshot('assignment-map-notice');
});

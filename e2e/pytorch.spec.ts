import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { openNodeCheckpoint } from '../src/formats/openNode';
import { cadeneMobileFromSlim } from '../src/testing/matching/cadenePth';
import { torchDict, torchTensor, writeTorchZip } from '../src/testing/torchWriter';
import { shared } from './pages/appPage';

const oracle = (f: string) => shared('oracle', 'nasnet-mobile', f);

/** Drops files from disk on the window, as a user dragging them from a file manager would. */
async function dropOnWindow(page: Page, paths: string[]): Promise<void> {
  const picker = page.locator('#e2e-drop-source');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.id = 'e2e-drop-source';
    input.hidden = true;
    document.body.append(input);
  });
  await picker.setInputFiles(paths);
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const input = document.getElementById('e2e-drop-source') as HTMLInputElement;
    for (const f of Array.from(input.files ?? [])) dt.items.add(f);
    input.remove();
    return dt;
  });
  const body = page.locator('body');
  await body.dispatchEvent('dragenter', { dataTransfer });
  await body.dispatchEvent('dragover', { dataTransfer });
  await body.dispatchEvent('drop', { dataTransfer });
}

test('drop a Cadene NASNetAMobile .pth: listed and nested, auto-matched, Verify says Match', async ({
  page,
  app,
  tree,
  toolbar,
  report,
  verify,
}, testInfo) => {
  test.setTimeout(420_000);
  // The .pth is written here from the oracle's Slim weights (Cadene names, PyTorch layouts).
  const port = await cadeneMobileFromSlim(await openNodeCheckpoint(oracle('model.ckpt')));
  const pth = testInfo.outputPath('nasnetamobile-oracle.pth');
  const stateDict = torchDict(port.entries.map(([k, t]) => [k, torchTensor(t.dtype, t.shape, t.bytes)]));
  await writeFile(pth, writeTorchZip(stateDict, 'nasnetamobile-oracle'));

  await app.goto();
  await app.idleAfter(() => dropOnWindow(page, [pth]));
  await expect(app.openedSource()).toContainText('nasnetamobile-oracle.pth');
  await expect(app.errorToasts()).toHaveCount(0);

  // Keys nest on their dots: cell_stem_0 → comb_iter_0_left → … like TF scopes.
  await tree.show();
  await expect(tree.item('cell_stem_0/')).toBeVisible();
  await tree.filter('cell_stem_0.conv_1x1.bn.running_var');
  await expect(tree.item('cell_stem_0.conv_1x1.bn.running_var')).toBeVisible();
  await tree.filter('');

  await app.idleAfter(() => toolbar.autoMatch.click());
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1126, 1126]);
  await app.screenshot('pytorch-matched');

  await verify.show();
  await verify.backend.selectOption('wasm');
  await verify.loadWeights.click();
  await expect(verify.weightsStatus).toContainText('1126 weights loaded into nasnet-mobile', {
    timeout: 120_000,
  });
  await verify.runFiles([oracle('input.npy')]);
  await expect(verify.run(1)).toBeVisible({ timeout: 300_000 });
  const verdict = await verify.compareReference(1, oracle('logits.npy'));
  await expect(verdict).toContainText('Match: logits agree');
  await expect(verdict).toContainText('Top-1 agreement2 of 2');
  await app.screenshot('pytorch-verify');
});

test('a training checkpoint lists its metadata with values beside the nested state dict', async ({
  page,
  app,
  tree,
}) => {
  await app.goto();
  await app.idleAfter(() => dropOnWindow(page, [shared('fixtures', 'torch', 'nested-legacy.pth')]));
  await expect(app.openedSource()).toContainText('pytorch-legacy');
  await tree.show();
  await expect(tree.item('epoch')).toContainText('= 3');
  await expect(tree.item('epoch')).toContainText('metadata');
  await expect(tree.item('arch')).toContainText('= tinynet');
  await tree.filter('module.bn.running_var');
  await expect(tree.item('state_dict/module.bn.running_var')).toBeVisible();
  await expect(tree.item('state_dict/module/')).toBeVisible();
  await tree.filter('');
  await tree.item('state_dict/').click();
  await app.screenshot('pytorch-metadata');
  await expect(app.errorToasts()).toHaveCount(0);
});

import { expect, test } from './fixtures';

test('map by clicks: unmap, refused map explained, map, undo and redo', async ({
  page,
  app,
  tree,
  graph,
  details,
  toolbar,
  report,
}) => {
  await app.goto();

  // Unmap conv0/weights: the report counts it missing.
  await graph.select('conv0/weights');
  await details.show();
  await details.unmapButton.click();
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1125, 1126]);
  await expect(report.region.getByRole('button', { name: 'conv0/weights', exact: true })).toBeVisible();

  // A wrong target is refused with the reason, in place.
  await tree.selectVariable('tower_0/conv0/weights');
  await graph.select('final_layer/FC/weights');
  await details.show();
  await details.mapButton.click();
  await expect(details.refusal).toContainText('[3,3,3,32] vs [1056,1001]');
  await app.screenshot('map-refusal');

  // The right target maps (manual), then undo/redo walk it back and forth.
  await graph.select('conv0/weights');
  await details.show();
  await details.mapButton.click();
  await expect(details.graphSection).toContainText('tower_0/conv0/weights');
  await expect(details.graphSection).toContainText('manual');
  await app.screenshot('map-manual');
  await toolbar.undo.click();
  await expect(details.graphSection).toContainText('No weights mapped yet');
  await page.keyboard.press('Control+Shift+Z');
  await expect(details.graphSection).toContainText('manual');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1126, 1126]);
});

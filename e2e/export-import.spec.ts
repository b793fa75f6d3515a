import { expect, test } from './fixtures';
import { readFile, writeFile } from 'node:fs/promises';

test('export the mapping document and assignment map, re-import it with a stale entry reported', async ({
  app,
  graph,
  details,
  toolbar,
  report,
}, info) => {
  await app.goto();

  const mapDownload = await toolbar.download(toolbar.exportAssignmentMap);
  const assignment = JSON.parse(await readFile((await mapDownload.path())!, 'utf8')) as Record<
    string,
    string
  >;
  expect(Object.keys(assignment)).toHaveLength(1126);
  expect(assignment['tower_0/conv0/weights']).toBe('conv0/weights');

  // Unmap one pair, export: the document records 1125 pairs and lists the gap.
  await graph.select('conv0/weights');
  await details.show();
  await details.unmapButton.click();
  const docDownload = await toolbar.download(toolbar.exportMapping);
  expect(docDownload.suggestedFilename()).toMatch(/\.mapping\.json$/);
  const doc = JSON.parse(await readFile((await docDownload.path())!, 'utf8'));
  expect(doc.pairs).toHaveLength(1125);
  expect(doc.pairs[0]).toEqual(
    expect.objectContaining({ checkpoint: expect.any(String), graph: expect.any(String), how: 'rule' }),
  );
  expect(doc.unmatched.graph).toEqual(['conv0/weights']);

  // Back to complete, then import the document with one entry made stale: it wins, minus that entry.
  await toolbar.undo.click();
  await report.show();
  await expect.poll(() => report.coverage()).toEqual([1126, 1126]);
  doc.pairs[1].checkpoint = 'tower_0/no_such_tensor';
  const edited = info.outputPath('edited.mapping.json');
  await writeFile(edited, JSON.stringify(doc));
  await app.idleAfter(() => toolbar.importMapping(edited));
  await expect(app.notifications).toContainText('1 stale entry');
  await expect(app.notifications).toContainText('tower_0/no_such_tensor');
  await expect.poll(() => report.coverage()).toEqual([1124, 1126]);
  await app.screenshot('import-stale');
});

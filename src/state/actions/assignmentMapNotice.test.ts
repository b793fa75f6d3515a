// "Export assignment map" in the app: pairs that need a transform cannot be in an init_from_checkpoint
// map, and the user is told how many were left out and to export a re-keyed checkpoint instead.
import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { getState } from '../store';
import { autoMatch } from './mappingActions';
import { assignmentMapDownload } from './mappingFileActions';
import { openFiles } from './openActions';

describe.skipIf(!haveSharedFixtures())('assignment map download', () => {
  it('warns about the pairs with a transform it leaves out', async () => {
    const index = fixture('keras-nasnetmobile-index-only', 'variables', 'variables.index');
    await openFiles([{ path: 'variables/variables.index', file: await openAsBlob(index) }]);
    // The 1000-class Keras model under the 1001-class Slim graph: the logits pairs add a background row.
    getState().setModel('nasnet-mobile', 1001);
    await autoMatch();
    const pairs = getState().mapping?.pairs ?? [];
    const transformed = pairs.filter((p) => p.transform !== null).length;
    expect(transformed).toBe(2);
    const download = await assignmentMapDownload();
    const map = JSON.parse(await download!.blob.text()) as Record<string, string>;
    expect(Object.keys(map)).toHaveLength(pairs.length - transformed);
    const toast = getState().toasts.find((t) => t.title.startsWith('Assignment map:'));
    expect(toast?.title).toBe(`Assignment map: 2 of ${pairs.length} pairs left out`);
    expect(toast?.detail).toMatch(/init_from_checkpoint .* cannot transform/);
    expect(toast?.detail).toContain('"Export re-keyed checkpoint"');
  });
});

// The store's open / match / edit / import actions, end to end over the checkpoint worker's real
// handlers: in Node there is no Worker, so checkpointClient() serves them in-thread (loopback).
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { InputFile } from '../../workers/checkpoint/checkpointCatalogue';
import { fixture, haveSharedFixtures } from '../../testing/fixtures';
import { getState } from '../store';
import { autoMatch, mapSelection, setLocked, undo, redo, unmap } from './mappingActions';
import { answerResumeOffer, importMappingText, mappingDocumentDownload } from './mappingFileActions';
import { choosePrefix, openDemo, openFiles } from './openActions';

async function input(path: string, dir = ''): Promise<InputFile> {
  return { path: `${dir}${basename(path)}`, file: await openAsBlob(path) };
}

const lastToast = () => getState().toasts[getState().toasts.length - 1];

describe('state actions over the in-thread checkpoint worker', () => {
  it('opens the demo, auto-matches it and edits the mapping with undo/redo', async () => {
    await openDemo();
    const s = getState();
    expect(s.checkpoint?.synthetic).toBe(true);
    expect(s.checkpoint?.prefix).toBe('synthetic-demo/nasnet_mobile.ckpt');
    expect(s.tasks).toEqual([]);
    expect(s.expandedScopes.size).toBeGreaterThan(0);

    await autoMatch();
    const matched = getState().mapping;
    expect(matched?.pairs.length).toBeGreaterThan(500);
    expect(matched?.canUndo).toBe(false);
    const pair = matched!.pairs[0]!;
    expect(getState().pairByCheckpoint.get(pair.checkpoint)?.graph).toBe(pair.graph);

    const activity = getState().activity;
    await unmap(pair.graph);
    expect(getState().mapping?.pairs.length).toBe(matched!.pairs.length - 1);
    // The edit is saved locally (debounced): counted as work in flight until written (or refused,
    // as here in Node without IndexedDB).
    expect(getState().pendingSaves).toBe(1);
    expect(getState().activity).toBe(activity + 1);
    await vi.waitFor(() => expect(getState().pendingSaves).toBe(0));
    expect(getState().pairByCheckpoint.has(pair.checkpoint)).toBe(false);
    expect(getState().mapping?.canUndo).toBe(true);

    await undo();
    expect(getState().pairByCheckpoint.get(pair.checkpoint)?.graph).toBe(pair.graph);
    await redo();
    expect(getState().pairByCheckpoint.has(pair.checkpoint)).toBe(false);

    // Map it back by selection, then lock it.
    getState().selectCheckpointVariable(pair.checkpoint);
    getState().selectGraphVariables([pair.graph]);
    await mapSelection();
    expect(getState().pairByCheckpoint.get(pair.checkpoint)?.graph).toBe(pair.graph);
    await setLocked(pair.graph, true);
    expect(getState().mapping?.pairs.find((p) => p.graph === pair.graph)?.locked).toBe(true);
  });

  it('exports the mapping document and imports it back; a broken one leaves the mapping as it was', async () => {
    await openDemo();
    await autoMatch();
    const before = getState().mapping!.pairs.length;
    await unmap(getState().mapping!.pairs[0]!.graph);
    const download = mappingDocumentDownload();
    expect(download?.fileName).toBe('nasnet_mobile.ckpt.mapping.json');
    const text = await download!.blob.text();
    expect(JSON.parse(text).pairs).toHaveLength(before - 1);

    await autoMatch(); // a fresh full match, then the import restores the edited one
    expect(getState().mapping?.pairs.length).toBe(before);
    await importMappingText(text, 'edited.mapping.json');
    expect(getState().mapping?.pairs.length).toBe(before - 1);
    expect(lastToast()).toEqual(expect.objectContaining({ kind: 'success' }));

    await importMappingText('{"not": "a mapping"', 'broken.json');
    expect(lastToast()).toEqual(
      expect.objectContaining({
        kind: 'error',
        title: 'The mapping document cannot be used',
        file: 'broken.json',
      }),
    );
    expect(getState().mapping?.pairs.length).toBe(before - 1);
    expect(getState().tasks).toEqual([]);
  });

  it('resumes offered saved work through the same import path', async () => {
    await openDemo();
    await autoMatch();
    const full = getState().mapping!.pairs.length;
    await unmap(getState().mapping!.pairs[1]!.graph);
    const edited = JSON.parse(await mappingDocumentDownload()!.blob.text());
    await autoMatch();
    getState().setResumeOffer({ savedAt: Date.now(), document: edited });
    await answerResumeOffer(true);
    expect(getState().resumeOffer).toBeNull();
    expect(getState().mapping?.pairs.length).toBe(full - 1);
  });
});

describe.skipIf(!haveSharedFixtures())('state open actions on real files (in-thread worker)', () => {
  it('asks which prefix to open when a drop holds two, then opens the chosen one', async () => {
    const dir = 'houseprices/';
    const names = ['model.ckpt.index', 'model.ckpt.data-00000-of-00001', 'model_longtrain.ckpt.index'];
    const files = await Promise.all(names.map((n) => input(fixture('houseprices-tf1.10', n), dir)));
    await openFiles(files);
    expect(
      getState()
        .prefixChoice?.map((p) => p.prefix)
        .sort(),
    ).toEqual(['houseprices/model.ckpt', 'houseprices/model_longtrain.ckpt']);
    await choosePrefix('houseprices/model.ckpt');
    expect(getState().prefixChoice).toBeNull();
    expect(getState().checkpoint).toEqual(
      expect.objectContaining({ prefix: 'houseprices/model.ckpt', format: 'tf-v2', synthetic: false }),
    );
  });

  it('a file that is not a checkpoint becomes a typed error toast and keeps what was open', async () => {
    const good = [
      await input(fixture('serving-half-plus-two-v2', 'export.index')),
      await input(fixture('serving-half-plus-two-v2', 'export.data-00000-of-00001')),
    ];
    await openFiles(good);
    const open = getState().checkpoint;
    expect(open?.prefix).toBe('export');

    await openFiles([await input(fixture('dnn-test-tf1.12', 'model.ckpt.data-00000-of-00001'))]);
    expect(lastToast()).toEqual(
      expect.objectContaining({ kind: 'error', title: 'A checkpoint file is missing' }),
    );
    expect(getState().checkpoint).toBe(open);
    expect(getState().tasks).toEqual([]);
  });
});

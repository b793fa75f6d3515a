import type { GraphConfig } from '../../model/catalogue';
import type { MappingDocument } from '../../formats/mapping/document';
import type { MappingUpdate } from '../../workers/checkpoint/mappingView';
import { graphConfigOf } from '../slices/modelSlice';
import { checkpointClient } from '../checkpointClient';
import { saveWorkSoon } from '../persistence/savedWork';
import { getState } from '../store';
import { runTask, showError } from './runTask';

/** Puts a worker's answer into the store and saves the work locally. */
export function applyMappingUpdate(update: MappingUpdate): void {
  const s = getState();
  s.setMapping(update.view);
  s.setGeneralization(update.generalization);
  s.setRefusal(update.refusal);
  lastDocument = update.document;
  const identity = s.checkpoint?.identity;
  // Only the user's own edits are worth offering back; a fresh auto-match is redone on open anyway.
  if (identity && (update.view.canUndo || update.view.canRedo)) {
    s.saveStarted();
    void saveWorkSoon(identity, update.document).finally(() => getState().saveEnded());
  }
}

let lastDocument: MappingDocument | null = null;

/** The current mapping document (what "Export mapping" downloads). */
export const currentMappingDocument = (): MappingDocument | null => lastDocument;

/** Sends one mapping request for the open checkpoint; failures become toasts. */
async function mappingRequest(
  send: (handle: number) => Promise<MappingUpdate>,
): Promise<MappingUpdate | undefined> {
  const checkpoint = getState().checkpoint;
  if (!checkpoint) return undefined;
  try {
    const update = await send(checkpoint.handle);
    if (getState().checkpoint?.handle !== checkpoint.handle) return undefined; // a newer checkpoint won
    applyMappingUpdate(update);
    return update;
  } catch (e) {
    showError(e);
    return undefined;
  }
}

/** Automatic matching of the open checkpoint against the current model, mode and class count. */
export async function autoMatch(): Promise<void> {
  const s = getState();
  const checkpoint = s.checkpoint;
  if (!checkpoint) return;
  const preferEma = s.mapping?.preferEma ?? false;
  const config = graphConfigOf(s);
  const update = await runTask({ label: 'Matching variables' }, (o) =>
    checkpointClient().call('autoMatch', { handle: checkpoint.handle, ...config, preferEma }, o),
  );
  if (update && getState().checkpoint?.handle === checkpoint.handle) {
    getState().setMatchedConfig(config);
    applyMappingUpdate(update);
  }
}

/**
 * Detects which known graph the open checkpoint holds (model, mode, class count), switches the
 * graph to it and keeps that match. When nothing fits, the current graph is matched and the
 * detection says so.
 */
export async function detectAndMatch(): Promise<void> {
  const s = getState();
  const checkpoint = s.checkpoint;
  if (!checkpoint) return;
  const fallback = graphConfigOf(s);
  const params = { handle: checkpoint.handle, preferEma: false, preferMode: s.mode, fallback };
  const out = await runTask({ label: 'Detecting the model' }, (o) =>
    checkpointClient().call('detectAndMatch', params, o),
  );
  if (!out || getState().checkpoint?.handle !== checkpoint.handle) return;
  const config: GraphConfig = out.detection.fit === 'none' ? fallback : out.detection.config;
  // Recorded first, so the store's "another graph → match again" reaction sees nothing to do.
  getState().setMatchedConfig(config);
  getState().setConfig(config);
  getState().setDetection(out.detection);
  applyMappingUpdate(out.update);
}

/** Maps the selected checkpoint variable to the one selected graph variable. */
export async function mapSelection(): Promise<void> {
  const { selectedCheckpointName: checkpoint, selectedGraphNames } = getState();
  const graph = selectedGraphNames.length === 1 ? selectedGraphNames[0] : undefined;
  if (!checkpoint || !graph) return;
  await mappingRequest((handle) => checkpointClient().call('mapPair', { handle, checkpoint, graph }));
}

export const unmap = (graph: string) =>
  mappingRequest((handle) => checkpointClient().call('unmapPair', { handle, graph }));

export const setLocked = (graph: string, locked: boolean) =>
  mappingRequest((handle) => checkpointClient().call('lockPair', { handle, graph, locked }));

export const undo = () =>
  getState().mapping?.canUndo
    ? mappingRequest((handle) => checkpointClient().call('undo', { handle }))
    : undefined;

export const redo = () =>
  getState().mapping?.canRedo
    ? mappingRequest((handle) => checkpointClient().call('redo', { handle }))
    : undefined;

export const answerGeneralization = (accept: boolean) =>
  mappingRequest((handle) => checkpointClient().call('answerGeneralization', { handle, accept }));

/**
 * The EMA switch shows its new state at once (the worker's answer follows with the re-paired
 * mapping), so a click or a keyboard toggle is never seen to do nothing.
 */
export function setPreferEma(preferEma: boolean): Promise<MappingUpdate | undefined> {
  const mapping = getState().mapping;
  if (mapping) getState().patchMappingView({ preferEma });
  return mappingRequest((handle) => checkpointClient().call('setPreferEma', { handle, preferEma }));
}

export function dismissRefusal(): void {
  getState().setRefusal(null);
}

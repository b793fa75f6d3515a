import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import { assignmentMapLeftOut, assignmentMapNotice } from '../../formats/mapping/document';
import { checkpointClient } from '../checkpointClient';
import { deleteSavedWork } from '../persistence/savedWork';
import { graphConfigOf } from '../slices/modelSlice';
import { getState } from '../store';
import { applyMappingUpdate, currentMappingDocument } from './mappingActions';
import { runTask, showError } from './runTask';

export interface Download {
  fileName: string;
  blob: Blob;
}

const baseName = (prefix: string) =>
  prefix.slice(prefix.lastIndexOf('/') + 1).replace(/\W+$/, '') || 'checkpoint';

/** The full mapping document as a JSON download (null when nothing is mapped yet). */
export function mappingDocumentDownload(): Download | null {
  const doc = currentMappingDocument();
  const checkpoint = getState().checkpoint;
  if (!doc || !checkpoint) return null;
  return {
    fileName: `${baseName(checkpoint.prefix)}.mapping.json`,
    blob: new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }),
  };
}

/** The plain `{checkpoint name: graph name}` map for tf.compat.v1.train.init_from_checkpoint. */
export async function assignmentMapDownload(): Promise<Download | null> {
  const checkpoint = getState().checkpoint;
  if (!checkpoint) return null;
  try {
    const map = await checkpointClient().call('exportAssignmentMap', { handle: checkpoint.handle });
    const pairs = getState().mapping?.pairs ?? [];
    const leftOut = assignmentMapLeftOut(pairs);
    if (leftOut > 0) {
      getState().pushToast({
        kind: 'warning',
        title: `Assignment map: ${leftOut} of ${pairs.length} pairs left out`,
        detail: assignmentMapNotice(
          leftOut,
          pairs.length,
          '"Export re-keyed checkpoint" under Export weights',
        ),
      });
    }
    return {
      fileName: `${baseName(checkpoint.prefix)}.assignment_map.json`,
      blob: new Blob([JSON.stringify(map, null, 2)], { type: 'application/json' }),
    };
  } catch (e) {
    showError(e);
    return null;
  }
}

/** Reads a mapping document and applies it; stale entries are reported, current work kept on error. */
export async function importMappingText(text: string, fileName: string): Promise<void> {
  const s = getState();
  const checkpoint = s.checkpoint;
  if (!checkpoint) return;
  const update = await runTask(
    {
      label: `Importing ${fileName}`,
      onError: (e) => showError(new SlimscopeError({ ...e.toJSON(), file: e.file || fileName })),
    },
    (o) =>
      checkpointClient().call(
        'importMapping',
        { handle: checkpoint.handle, model: s.model, mode: s.mode, numClasses: s.numClasses, text, fileName },
        o,
      ),
  );
  if (!update) return;
  getState().setMatchedConfig(graphConfigOf(s));
  applyMappingUpdate(update);
  for (const w of update.warnings ?? []) {
    getState().pushToast({
      kind: 'warning',
      title: 'The mapping was made for something else',
      file: fileName,
      detail: w,
    });
  }
  const stale = update.stale ?? [];
  getState().pushToast(
    stale.length
      ? {
          kind: 'warning',
          title: `Imported ${fileName} with ${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'}`,
          file: fileName,
          detail: stale
            .slice(0, 5)
            .map((x) => `${x.checkpoint} → ${x.graph}: ${x.reason}`)
            .join('\n'),
          hint: 'Stale entries were skipped; the rest of the mapping is applied (Undo reverts the import).',
        }
      : { kind: 'success', title: `Imported ${fileName}: ${update.view.pairs.length} pairs` },
  );
}

export async function importMappingFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    showError(toSlimscopeError(e, file.name));
    return;
  }
  await importMappingText(text, file.name);
}

/** Resume or discard the saved work offered for the open checkpoint. */
export async function answerResumeOffer(resume: boolean): Promise<void> {
  const s = getState();
  const offer = s.resumeOffer;
  s.setResumeOffer(null);
  if (!offer || !s.checkpoint) return;
  if (resume) await importMappingText(JSON.stringify(offer.document), 'saved work');
  else await deleteSavedWork(s.checkpoint.identity);
}

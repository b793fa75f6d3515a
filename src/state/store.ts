import { create } from 'zustand';
import { createCheckpointSlice, type CheckpointSlice } from './slices/checkpointSlice';
import { createCompareSlice, type CompareSlice } from './slices/compareSlice';
import { createMappingSlice, type MappingSlice } from './slices/mappingSlice';
import { createModelSlice, type ModelSlice } from './slices/modelSlice';
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice';
import { createTasksSlice, type TasksSlice } from './slices/tasksSlice';
import { createTreeSlice, type TreeSlice } from './slices/treeSlice';
import { createUiSlice, type UiSlice } from './slices/uiSlice';
import { createVerifySlice, type VerifySlice } from './slices/verifySlice';

/**
 * The one app store, combined from typed slices (zustand's slices pattern). It holds metadata, ids
 * and progress only: tensors and file bytes stay in the workers.
 *
 * To add a slice: write `slices/<name>Slice.ts` exporting `create<Name>Slice` (typed
 * `SliceCreator<<Name>Slice>` from ./sliceTypes, or standalone) and list it in `AppState` and below.
 */
export type AppState = CheckpointSlice &
  SelectionSlice &
  TreeSlice &
  UiSlice &
  MappingSlice &
  ModelSlice &
  VerifySlice &
  TasksSlice &
  CompareSlice;

export const useAppStore = create<AppState>()((set, get, api) => ({
  ...createCheckpointSlice(set, get, api),
  ...createSelectionSlice(set, get, api),
  ...createTreeSlice(set, get, api),
  ...createUiSlice(set, get, api),
  ...createMappingSlice(set, get, api),
  ...createModelSlice(set, get, api),
  ...createVerifySlice(set, get, api),
  ...createTasksSlice(set, get, api),
  ...createCompareSlice(set, get, api),
}));

/** Non-React access for actions and tests. */
export const getState = (): AppState => useAppStore.getState();

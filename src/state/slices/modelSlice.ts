import { modelEntry, type GraphConfig, type GraphMode, type ModelName } from '../../model/catalogue';
import type { DetectionView } from '../../workers/checkpoint/checkpointCatalogue';
import type { SliceCreator } from '../sliceTypes';

export type { DetectionView };

/** Which graph the centre view shows, matching uses and Verify runs: model, mode and class count. */
export interface ModelSlice {
  model: ModelName;
  mode: GraphMode;
  /** TF-Slim's `num_classes` of the graph (the logits width). */
  numClasses: number;
  /** What detection found for the open checkpoint (null before detection or after closing). */
  detection: DetectionView | null;
  /** Another model: its released class count unless `numClasses` is given. */
  setModel: (model: ModelName, numClasses?: number) => void;
  setMode: (mode: GraphMode) => void;
  setNumClasses: (numClasses: number) => void;
  setConfig: (config: GraphConfig) => void;
  setDetection: (detection: DetectionView | null) => void;
}

export const graphConfigOf = (s: Pick<ModelSlice, 'model' | 'mode' | 'numClasses'>): GraphConfig => ({
  model: s.model,
  mode: s.mode,
  numClasses: s.numClasses,
});

export const createModelSlice: SliceCreator<ModelSlice> = (set) => ({
  model: 'nasnet-mobile',
  mode: 'inference',
  numClasses: modelEntry('nasnet-mobile').numClasses,
  detection: null,
  setModel: (model, numClasses) => set({ model, numClasses: numClasses ?? modelEntry(model).numClasses }),
  setMode: (mode) => set({ mode }),
  setNumClasses: (numClasses) => set({ numClasses }),
  setConfig: ({ model, mode, numClasses }) => set({ model, mode, numClasses }),
  setDetection: (detection) => set({ detection }),
});

import type { GraphMode, ModelName } from '../../model/catalogue';
import type { SliceCreator } from '../sliceTypes';

/** Which model the centre graph shows and the Verify panel runs. */
export interface ModelSlice {
  model: ModelName;
  mode: GraphMode;
  setModel: (model: ModelName) => void;
  setMode: (mode: GraphMode) => void;
}

export const createModelSlice: SliceCreator<ModelSlice> = (set) => ({
  model: 'nasnet-mobile',
  mode: 'inference',
  setModel: (model) => set({ model }),
  setMode: (mode) => set({ mode }),
});

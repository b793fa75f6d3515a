import type { GraphMode, NasnetModelName } from '../../model/nasnet/configs';
import type { SliceCreator } from '../sliceTypes';

/** Which NASNet the centre graph shows and the Verify panel runs. */
export interface ModelSlice {
  model: NasnetModelName;
  mode: GraphMode;
  setModel: (model: NasnetModelName) => void;
  setMode: (mode: GraphMode) => void;
}

export const createModelSlice: SliceCreator<ModelSlice> = (set) => ({
  model: 'nasnet-mobile',
  mode: 'inference',
  setModel: (model) => set({ model }),
  setMode: (mode) => set({ mode }),
});

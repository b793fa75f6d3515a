import type { SliceCreator } from '../sliceTypes';

/**
 * What the user has selected on each side. Mapping takes the selected checkpoint variable and the
 * one selected graph variable; the graph view may select several graph variables at once (a node).
 */
export interface SelectionSlice {
  selectedCheckpointName: string | null;
  selectedGraphNames: string[];
  /** Bumped when a selection should scroll into view in the trees and lists. */
  revealToken: number;
  selectCheckpointVariable(name: string | null, reveal?: boolean): void;
  selectGraphVariables(names: string[], reveal?: boolean): void;
  clearSelection(): void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedCheckpointName: null,
  selectedGraphNames: [],
  revealToken: 0,
  // A mapped checkpoint variable brings its graph partner along (shown in the graph and details).
  selectCheckpointVariable: (name, reveal = false) =>
    set((s) => {
      const partner = name ? s.pairByCheckpoint.get(name)?.graph : undefined;
      return {
        selectedCheckpointName: name,
        selectedGraphNames: partner ? [partner] : s.selectedGraphNames,
        revealToken: reveal ? s.revealToken + 1 : s.revealToken,
      };
    }),
  selectGraphVariables: (names, reveal = false) =>
    set((s) => ({ selectedGraphNames: names, revealToken: reveal ? s.revealToken + 1 : s.revealToken })),
  clearSelection: () => set({ selectedCheckpointName: null, selectedGraphNames: [] }),
});

import type { MappingDocument } from '../../formats/mapping/document';
import type {
  GeneralizationView,
  MappingView,
  MismatchView,
  PairView,
  RefusalView,
} from '../../workers/checkpoint/mappingView';
import type { SliceCreator } from '../sliceTypes';

export type {
  AmbiguityView,
  GeneralizationView,
  MappingView,
  MismatchView,
  PairView,
  RefusalView,
} from '../../workers/checkpoint/mappingView';

export interface MappingSlice {
  mapping: MappingView | null;
  pairByCheckpoint: ReadonlyMap<string, PairView>;
  pairByGraph: ReadonlyMap<string, PairView>;
  mismatchByCheckpoint: ReadonlyMap<string, MismatchView>;
  ambiguousNames: ReadonlySet<string>;
  generalization: GeneralizationView | null;
  refusal: RefusalView | null;
  /** Saved work found for the checkpoint just opened, offered back to the user. */
  resumeOffer: { savedAt: number; document: MappingDocument } | null;
  setMapping(view: MappingView | null): void;
  setGeneralization(g: GeneralizationView | null): void;
  setRefusal(r: RefusalView | null): void;
  setResumeOffer(offer: { savedAt: number; document: MappingDocument } | null): void;
}

export const createMappingSlice: SliceCreator<MappingSlice> = (set) => ({
  mapping: null,
  pairByCheckpoint: new Map(),
  pairByGraph: new Map(),
  mismatchByCheckpoint: new Map(),
  ambiguousNames: new Set(),
  generalization: null,
  refusal: null,
  resumeOffer: null,
  setMapping: (mapping) =>
    set({
      mapping,
      pairByCheckpoint: new Map(mapping?.pairs.map((p) => [p.checkpoint, p])),
      pairByGraph: new Map(mapping?.pairs.map((p) => [p.graph, p])),
      mismatchByCheckpoint: new Map(mapping?.mismatches.map((m) => [m.checkpoint, m])),
      ambiguousNames: new Set(mapping?.ambiguities.map((a) => a.name)),
    }),
  setGeneralization: (generalization) => set({ generalization }),
  setRefusal: (refusal) => set({ refusal }),
  setResumeOffer: (resumeOffer) => set({ resumeOffer }),
});

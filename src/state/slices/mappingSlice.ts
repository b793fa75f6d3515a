import type { MappingDocument } from '../../formats/mapping/document';
import type {
  GeneralizationView,
  MappingView,
  MismatchView,
  PairView,
  RefusalView,
} from '../../workers/checkpoint/mappingView';
import type { GraphConfig } from '../../model/catalogue';
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
  /** The graph configuration the current mapping was made for (a different one means: match again). */
  matchedConfig: GraphConfig | null;
  /** Counts mapping changes since the app started: what a Verify run records as its mapping revision. */
  mappingRevision: number;
  /** Saved work found for the checkpoint just opened, offered back to the user. */
  resumeOffer: { savedAt: number; document: MappingDocument } | null;
  setMapping(view: MappingView | null): void;
  setMatchedConfig(config: GraphConfig | null): void;
  /** Changes fields of the shown mapping ahead of the worker's answer (no new revision). */
  patchMappingView(patch: Partial<Pick<MappingView, 'preferEma'>>): void;
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
  matchedConfig: null,
  mappingRevision: 0,
  setMatchedConfig: (matchedConfig) => set({ matchedConfig }),
  patchMappingView: (patch) => set((s) => (s.mapping ? { mapping: { ...s.mapping, ...patch } } : {})),
  setMapping: (mapping) =>
    set((s) => ({
      mapping,
      mappingRevision: s.mappingRevision + 1,
      pairByCheckpoint: new Map(mapping?.pairs.map((p) => [p.checkpoint, p])),
      pairByGraph: new Map(mapping?.pairs.map((p) => [p.graph, p])),
      mismatchByCheckpoint: new Map(mapping?.mismatches.map((m) => [m.checkpoint, m])),
      ambiguousNames: new Set(mapping?.ambiguities.map((a) => a.name)),
    })),
  setGeneralization: (generalization) => set({ generalization }),
  setRefusal: (refusal) => set({ refusal }),
  setResumeOffer: (resumeOffer) => set({ resumeOffer }),
});

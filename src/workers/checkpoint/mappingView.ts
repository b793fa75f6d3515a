import type { MappingDocument } from '../../formats/mapping/document';

/** The mapping as the UI shows it: plain data sent by the checkpoint worker after every change. */

/** One checkpoint → graph pair as the UI shows it. */
export interface PairView {
  checkpoint: string;
  graph: string;
  /** How the pair was found: exact, rule, structure, manual, import… */
  how: string;
  confidence: number;
  /** A transform applied to the checkpoint tensor (transpose, background row), described. */
  transform: string | null;
  /** Why the pair was made ("prefix 'tower_0/' dropped", "cell 3 ↔ normal_A_block_3"…). */
  reason: string;
  locked: boolean;
}

export interface MismatchView {
  checkpoint: string;
  graph: string;
  explanation: string;
}

export interface AmbiguityView {
  /** The variable with several candidates (checkpoint or graph side). */
  name: string;
  side: 'checkpoint' | 'graph';
  candidates: string[];
  reason: string;
}

/** The current mapping and its report: a snapshot sent by the matching worker after every change. */
export interface MappingView {
  pairs: PairView[];
  mismatches: MismatchView[];
  ambiguities: AmbiguityView[];
  /** Graph variables without weights. */
  missing: string[];
  /** Checkpoint weights used by no pair. */
  unused: string[];
  /** Training leftovers kept out of matching, by role. */
  leftovers: { name: string; role: string }[];
  canUndo: boolean;
  canRedo: boolean;
  preferEma: boolean;
}

/** "Apply the same rename to N more?" waiting for accept/decline. */
export interface GeneralizationView {
  rule: string;
  pairs: { checkpoint: string; graph: string }[];
}

/** Why a map request was refused, shown next to the selection. */
export interface RefusalView {
  checkpoint: string;
  graph: string;
  reason: string;
}

/** What every mapping request answers: the new state, plus what the UI should ask or explain. */
export interface MappingUpdate {
  view: MappingView;
  generalization: GeneralizationView | null;
  refusal: RefusalView | null;
  /** The full mapping document (JSON-ready), saved locally after every change. */
  document: MappingDocument;
  /** Entries of an imported document that no longer fit this checkpoint or graph. */
  stale?: { checkpoint: string; graph: string; reason: string }[];
  /** Identity differences found on import (another index, another model); pairs were still tried. */
  warnings?: string[];
  /** "Set from .npy…": the array fits only transposed; the layouts the user may pick (in order). */
  npyChoice?: { graph: string; fileName: string; options: string[] };
}

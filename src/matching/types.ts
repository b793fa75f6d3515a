import type { CheckpointVariable, DType, VariableRole } from '../formats/checkpoint';
import type { Transform } from '../formats/mapping/transform';
import type { GraphVariable } from '../model/graphVariable';

/** How a pair was found. `rule` covers affix rewrites, token synonyms and generalized clicks. */
export type MatchHow = 'exact' | 'rule' | 'structure' | 'manual' | 'npy' | 'imported';

export interface MatchPair {
  /** Stored checkpoint key (the raw weight or, with the EMA switch on, its moving average). */
  checkpoint: string;
  graph: string;
  how: MatchHow;
  /** 0..1: 1 for exact names and manual clicks, lower for inferred pairs. */
  confidence: number;
  transform: Transform;
  /** Why this pair was made, for the UI ("prefix 'tower_0/' dropped", "cell 3 ↔ normal_A_block_3"…). */
  reason: string;
  locked?: boolean;
}

/** The minimum the matcher needs of a checkpoint variable. */
export type MatchCheckpointVariable = Pick<CheckpointVariable, 'name' | 'dtype' | 'shape' | 'role'> & {
  fullName?: string;
};

/** The minimum the matcher needs of a graph variable (kind/cell/op when known). */
export type MatchGraphVariable = Pick<GraphVariable, 'name' | 'shape'> & {
  dtype?: DType | 'float32';
  kind?: GraphVariable['kind'];
  cell?: string;
  op?: string;
};

/** Several plausible checkpoint tensors for one graph variable (or the reverse): never guessed. */
export interface Ambiguity {
  graph?: string;
  checkpoint?: string;
  candidates: string[];
  reason: string;
}

/** A name/structure correspondence refused because the shapes cannot agree. */
export interface ShapeMismatch {
  checkpoint: string;
  graph: string;
  checkpointShape: number[];
  graphShape: number[];
  explanation: string;
}

export interface Leftover {
  name: string;
  role: VariableRole;
  /** For EMA copies: the raw variable it averages. */
  of?: string;
}

/** Checkpoint layout convention, decided once per checkpoint from its 4-D tensors. */
export type Layout = 'tf' | 'torch';

export interface MatchOptions {
  /** Use `…/ExponentialMovingAverage` copies instead of raw weights where both exist. */
  preferEma?: boolean;
}

export interface MatchResult {
  pairs: MatchPair[];
  ambiguities: Ambiguity[];
  mismatches: ShapeMismatch[];
  /** Training leftovers and other non-weights, listed but kept out of matching. */
  leftovers: Leftover[];
  layout: Layout;
  /** Scope rewrites found (e.g. "drop prefix 'tower_0/'"). */
  rewrites: string[];
  preferEma: boolean;
  /** Raw weights that have an EMA copy (raw name → EMA name). */
  emaCopies: Record<string, string>;
}

import type { GraphVariable } from '../graphVariable';
import type { GraphMode, ModelName } from '../modelTypes';

/** Every primitive the NASNet graph is made of. BN always directly follows the op it normalises. */
export type OpKind =
  | 'input'
  | 'conv'
  | 'separable_conv'
  | 'batch_norm'
  | 'relu'
  | 'avg_pool'
  | 'max_pool'
  | 'identity'
  | 'shift'
  | 'concat'
  | 'add'
  | 'global_pool'
  | 'flatten'
  | 'fc'
  | 'softmax';

export type Padding = 'SAME' | 'VALID';

/** What an op is for inside its cell, for the graph view and the builder's fusions. */
export type OpRole =
  | 'stem'
  | 'prev'
  | 'beginning'
  | 'path1'
  | 'path2'
  | 'factorized'
  | 'comb'
  | 'combine'
  | 'cell_output'
  | 'aux'
  | 'head';

export interface GraphOp {
  /** Unique id; for ops owning variables, their Slim scope (e.g. `cell_0/comb_iter_0/left/separable_5x5_1`). */
  id: string;
  kind: OpKind;
  /** Id of the cell (or block) the op belongs to. */
  cell: string;
  role: OpRole;
  /** Ids of the ops whose outputs it consumes, in order (concat order matters). */
  inputs: string[];
  /** Output shape of one image: [h, w, c] for feature maps, [c] after pooling/flatten. */
  shape: number[];
  kernel?: number;
  stride?: number;
  padding?: Padding;
  /** Output channels of conv / separable_conv / fc. */
  filters?: number;
  /** Batch-norm epsilon as TF's fused batch norm applies it. */
  epsilon?: number;
  combIter?: number;
  side?: 'left' | 'right';
  /** Slim operation name for comb-iteration ops, e.g. `separable_5x5_2`. */
  operation?: string;
  /** Slim end point produced by this op (`Stem`, `Cell_3`, `Logits`, …). */
  endpoint?: string;
  /** Names of the variables this op owns, in creation order. */
  variables: string[];
}

export type CellKind = 'stem' | 'normal' | 'reduction' | 'aux' | 'head';

export interface GraphCell {
  /** Slim scope: `conv0`, `l1_stem`, `cell_stem_0`, `cell_3`, `reduction_cell_1`, `aux_7`, `final_layer`. */
  id: string;
  kind: CellKind;
  /** Position among cells of the same kind (cell_3 → 3; stems/blocks count from 0). */
  index: number;
  /** Filters per branch (`filter_size`) for NASNet cells. */
  filterSize?: number;
  /** Stride of the cell's branches on its inputs (2 = the cell halves the resolution). */
  stride?: number;
  /** Op id of the cell input `net` (from another cell) and of the previous layer, if any. */
  netInput: string | null;
  prevInput: string | null;
  /** Op id of the cell's output. */
  output: string;
  endpoint?: string;
  ops: GraphOp[];
}

/** A hidden state passed from one cell to another. */
export interface GraphEdge {
  from: string;
  to: string;
  /** `net` = the cell input; `prev` = the previous layer (hidden state 1). */
  kind: 'net' | 'prev';
}

/**
 * The int64 step counter a training graph with drop path creates inside its first branch (TF's
 * `get_or_create_global_step` under the branch's variable scope). Not a weight: kept apart from
 * `variables` so matching and loading never ask for it.
 */
export interface GlobalStepVariable {
  name: string;
  dtype: 'int64';
  shape: [];
  /** The variable created just before it. */
  after: string;
}

export interface GraphDescription {
  model: ModelName;
  mode: GraphMode;
  /** [h, w, c] of one input image. */
  inputShape: number[];
  numClasses: number;
  inputOp: string;
  cells: GraphCell[];
  edges: GraphEdge[];
  /** All weight variables in TF-Slim's creation order. */
  variables: GraphVariable[];
  /** Set for training graphs whose drop path creates a step counter of their own. */
  globalStep?: GlobalStepVariable;
  /** Slim end point name → op id producing it. */
  endpoints: Record<string, string>;
}

/** Which parameter of its op a graph variable is. */
export type GraphVariableKind =
  | 'weights'
  | 'biases'
  | 'depthwise_weights'
  | 'pointwise_weights'
  | 'gamma'
  | 'beta'
  | 'moving_mean'
  | 'moving_variance';

/** One weight variable of a constructed model graph (NASNet-A, PNASNet-5), in TF-Slim's creation order. */
export interface GraphVariable {
  /** TF-Slim's variable name without `:0`, e.g. `cell_0/comb_iter_0/left/separable_5x5_1/depthwise_weights`. */
  name: string;
  shape: number[];
  dtype: 'float32';
  kind: GraphVariableKind;
  /** The cell (or top-level block) it belongs to: `conv0`, `cell_stem_0`, `cell_3`, `reduction_cell_1`, `aux_7`, `final_layer`. */
  cell: string;
  /** Id of the op in the graph description that owns it. */
  op: string;
}

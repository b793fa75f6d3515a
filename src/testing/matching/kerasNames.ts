/**
 * Test-only ground truth for keras.applications NASNetMobile, derived by hand from keras'
 * nasnet.py (`_normal_a_cell`, `_reduction_a_cell`, `_adjust_block`, `_separable_conv_block`)
 * and TF-Slim's nasnet_utils.py (operations / hiddenstate_indices of the two cells).
 */

/** Keras block ids of NASNetMobile in build order → Slim cell scope. */
const MOBILE_CELLS: Record<string, string> = {
  stem_1: 'cell_stem_0',
  stem_2: 'cell_stem_1',
  reduce_4: 'reduction_cell_0',
  reduce_8: 'reduction_cell_1',
  ...Object.fromEntries([0, 1, 2, 3].map((n) => [String(n), `cell_${n}`])),
  // Keras numbers normal blocks 0-3, 5-8, 9-12 (the reductions take ids 4 and 8).
  ...Object.fromEntries([5, 6, 7, 8, 9, 10, 11, 12].map((n) => [String(n), `cell_${n - 1}`])),
};

/** Keras branch id → [Slim comb_iter, kernel size]. Keras' `block_K` holds comb_iter_{K-1}. */
const NORMAL_BRANCH: Record<string, [number, number]> = {
  left1: [0, 5],
  right1: [0, 3],
  left2: [1, 5],
  right2: [1, 3],
  left5: [4, 3],
};
const REDUCTION_BRANCH: Record<string, [number, number]> = {
  left1: [0, 5],
  right1: [0, 7],
  right2: [1, 7],
  right3: [2, 5],
  left4: [4, 3],
};

const LEAF: Record<string, string> = {
  kernel: 'weights',
  depthwise_kernel: 'depthwise_weights',
  pointwise_kernel: 'pointwise_weights',
  bias: 'biases',
};

function localName(kind: string, id: string, rest: string[], leaf: string): string | null {
  const [a, b, c] = rest;
  if (a === `${kind}_conv_1_${id}`) return '1x1/weights';
  if (a === `${kind}_bn_1_${id}`) return `beginning_bn/${leaf}`;
  if (a === 'adjust_block' && b === `adjust_projection_block_${id}`) {
    return c === `adjust_conv_projection_${id}` ? 'prev_1x1/weights' : `prev_bn/${leaf}`;
  }
  if (a === 'adjust_block' && b === `adjust_reduction_block_${id}`) {
    if (c === `adjust_conv_1_${id}`) return 'path1_conv/weights';
    if (c === `adjust_conv_2_${id}`) return 'path2_conv/weights';
    return `final_path_bn/${leaf}`;
  }
  const branch = new RegExp(`^separable_conv_block_${kind}_(left|right)(\\d)_${id}$`).exec(b ?? '');
  const layer = /^separable_conv_(\d)(_bn)?_/.exec(c ?? '');
  if (!branch || !layer) return null;
  const table = kind === 'normal' ? NORMAL_BRANCH : REDUCTION_BRANCH;
  const [comb, k] = table[`${branch[1]}${branch[2]}`] ?? [];
  if (comb === undefined) return null;
  const op = layer[2] ? `bn_sep_${k}x${k}_${layer[1]}` : `separable_${k}x${k}_${layer[1]}`;
  return `comb_iter_${comb}/${branch[1]}/${op}/${LEAF[leaf] ?? leaf}`;
}

/** Keras NASNetMobile variable name → the TF-Slim name of the same weight (null: not a weight). */
export function kerasMobileToSlim(name: string): string | null {
  const parts = name.split('/');
  const leaf = parts.pop() as string;
  if (parts[0] === 'stem_conv1') return 'conv0/weights';
  if (parts[0] === 'stem_bn1') return `conv0_bn/${leaf}`;
  if (parts[0] === 'predictions') return `final_layer/FC/${LEAF[leaf] ?? leaf}`;
  const cell = /^(normal|reduction)_A_block_(.+)$/.exec(parts[0] ?? '');
  if (!cell) return null;
  const id = cell[2] as string;
  const slimCell = MOBILE_CELLS[id];
  const local = slimCell ? localName(cell[1] as string, id, parts.slice(1), leaf) : null;
  return slimCell && local ? `${slimCell}/${local}` : null;
}

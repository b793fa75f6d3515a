/**
 * Test-only: independent renamings of TF-Slim NASNet variables into other frameworks' naming,
 * written from those frameworks' model sources (Cadene's pretrainedmodels nasnet_mobile.py for
 * PyTorch), with their layouts. Tests use them as ground truth the matcher never sees.
 */
import type { MatchCheckpointVariable, MatchGraphVariable } from '../../matching/types';

const TORCH_BN: Record<string, string> = {
  gamma: 'weight',
  beta: 'bias',
  moving_mean: 'running_mean',
  moving_variance: 'running_var',
};

/** Cadene renumbers normal cells: after each reduction the numbering skips two. */
function cadeneCell(cell: string, normalPerStage: number): string {
  const m = /^cell_(\d+)$/.exec(cell);
  if (!m) return cell;
  const k = Number(m[1]);
  return `cell_${k + 2 * Math.floor(k / normalPerStage)}`;
}

function cadeneScope(local: string[]): string | null {
  const [a, b, c] = local;
  const comb = /^comb_iter_(\d+)$/.exec(a ?? '');
  if (comb && b && c) {
    const sep = /^(separable|bn_sep)_\d+x\d+_(\d+)$/.exec(c);
    if (!sep) return null;
    return `comb_iter_${comb[1]}_${b}.${sep[1] === 'separable' ? 'separable' : 'bn_sep'}_${sep[2]}`;
  }
  const units: Record<string, string> = {
    '1x1': 'conv_1x1.conv',
    beginning_bn: 'conv_1x1.bn',
    prev_1x1: 'conv_prev_1x1.conv',
    prev_bn: 'conv_prev_1x1.bn',
    path1_conv: 'path_1.conv',
    path2_conv: 'path_2.conv',
    final_path_bn: 'final_path_bn',
  };
  return local.length === 1 ? (units[a as string] ?? null) : null;
}

function torchShape(shape: number[], leaf: string): number[] {
  const [h, w, i, o] = shape as [number, number, number, number];
  if (shape.length === 4) return leaf === 'depthwise_weights' ? [i, o, h, w] : [o, i, h, w];
  if (shape.length === 2) return [shape[1] as number, shape[0] as number];
  return [...shape];
}

/** Slim name → Cadene `pretrainedmodels` NASNet-A Mobile state-dict key, or null (aux head). */
export function cadeneName(slim: string, normalPerStage = 4): string | null {
  const parts = slim.split('/');
  const leaf = parts.pop() as string;
  const [cell, ...local] = parts;
  if (cell === 'conv0') return 'conv0.conv.weight';
  if (cell === 'conv0_bn') return `conv0.bn.${TORCH_BN[leaf]}`;
  if (cell === 'final_layer') return `last_linear.${leaf === 'weights' ? 'weight' : 'bias'}`;
  if (!cell || cell.startsWith('aux_')) return null;
  const scope = cadeneScope(local);
  if (!scope) return null;
  const param =
    TORCH_BN[leaf] ??
    (leaf === 'depthwise_weights'
      ? 'depthwise_conv2d.weight'
      : leaf === 'pointwise_weights'
        ? 'pointwise_conv2d.weight'
        : 'weight');
  return `${cadeneCell(cell, normalPerStage)}.${scope}.${param}`;
}

/**
 * A PyTorch (Cadene) checkpoint of the given graph: renamed keys, OIHW / [C,1,k,k] / [out,in]
 * layouts, 1000 classes, plus `num_batches_tracked` counters. Returns the variables and the
 * ground truth (graph name → checkpoint key).
 */
export function cadeneCheckpoint(graph: readonly MatchGraphVariable[]): {
  variables: MatchCheckpointVariable[];
  truth: Map<string, string>;
} {
  const variables: MatchCheckpointVariable[] = [];
  const truth = new Map<string, string>();
  const bnScopes = new Set<string>();
  for (const g of graph) {
    const name = cadeneName(g.name);
    if (!name) continue;
    const leaf = g.name.split('/').pop() as string;
    let shape = torchShape(g.shape, leaf);
    if (g.name.startsWith('final_layer/')) shape = shape.map((d) => (d === 1001 ? 1000 : d));
    variables.push({ name, shape, dtype: 'float32', role: 'weight' });
    truth.set(g.name, name);
    if (TORCH_BN[leaf]) bnScopes.add(name.slice(0, name.lastIndexOf('.')));
  }
  for (const s of bnScopes)
    variables.push({ name: `${s}.num_batches_tracked`, shape: [], dtype: 'int64', role: 'weight' });
  return { variables, truth };
}

const TORCH_LEAF: Record<string, string> = {
  weights: 'weight',
  depthwise_weights: 'dw.weight',
  pointwise_weights: 'pw.weight',
  gamma: 'weight',
  beta: 'bias',
  moving_mean: 'running_mean',
  moving_variance: 'running_var',
  biases: 'bias',
};

/**
 * A made-up port whose scopes share almost nothing with Slim's (`stemunit0/c0/a/s5_1.dw.weight`
 * for `cell_stem_0/comb_iter_0/left/separable_5x5_1/depthwise_weights`): structure cannot read
 * it, so only clicks and their generalization can map it.
 */
export function obscureName(slim: string): string {
  const parts = slim.split('/');
  const leaf = parts.pop() as string;
  const scope = parts
    .join('/')
    .replace(/cell_stem_/g, 'stemunit')
    .replace(/reduction_cell_/g, 'redunit')
    .replace(/cell_/g, 'unit')
    .replace(/comb_iter_/g, 'c')
    .replace(/left/g, 'a')
    .replace(/right/g, 'z')
    .replace(/separable_(\d)x\d_(\d)/g, 's$1_$2')
    .replace(/bn_sep_(\d)x\d_(\d)/g, 'n$1_$2');
  return `${scope}.${TORCH_LEAF[leaf] ?? leaf}`;
}

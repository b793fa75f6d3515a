/**
 * Test-only: PyTorch state-dict keys of the NASNet-A ports, walked module by module in
 * registration order as Cadene's pretrainedmodels (nasnet.py = NASNetALarge, nasnet_mobile.py =
 * NASNetAMobile) and timm (timm/models/nasnet.py, the same keys as Cadene's Large) define them:
 * CellStem0, CellStem1, FirstCell, NormalCell, ReductionCell0/1, BranchSeparables with
 * separable_1/bn_sep_1/separable_2/bn_sep_2, `conv_1x1.conv`/`.bn` Sequentials, last_linear.
 * Each key is paired with the TF-Slim variable it was converted from; shapes are that variable's
 * in PyTorch layout (OIHW, depthwise [C,1,k,k], linear [out,in]).
 */
import type { MatchCheckpointVariable, MatchGraphVariable } from '../../matching/types';

type CellKind = 'stem0' | 'stem1' | 'first' | 'normal' | 'reduction';

/** comb, side, kernel of each BranchSeparables in registration order. */
const NORMAL_BRANCHES: Array<[number, 'left' | 'right', number]> = [
  [0, 'left', 5],
  [0, 'right', 3],
  [1, 'left', 5],
  [1, 'right', 3],
  [4, 'left', 3],
];
const REDUCTION_BRANCHES: Array<[number, 'left' | 'right', number]> = [
  [0, 'left', 5],
  [0, 'right', 7],
  [1, 'right', 7],
  [2, 'right', 5],
  [4, 'left', 3],
];

const TORCH_BN: Array<[string, string]> = [
  ['weight', 'gamma'],
  ['bias', 'beta'],
  ['running_mean', 'moving_mean'],
  ['running_var', 'moving_variance'],
];

interface Key {
  key: string;
  slim: string;
  bn: boolean;
}

function cellKeys(prefix: string, kind: CellKind, slimCell: string): Key[] {
  const out: Key[] = [];
  const conv = (m: string, slim: string): void => {
    out.push({ key: `${prefix}.${m}.weight`, slim: `${slimCell}/${slim}/weights`, bn: false });
  };
  const bn = (m: string, slim: string): void => {
    for (const [t, s] of TORCH_BN)
      out.push({ key: `${prefix}.${m}.${t}`, slim: `${slimCell}/${slim}/${s}`, bn: true });
  };
  if (kind === 'normal' || kind === 'reduction') {
    conv('conv_prev_1x1.conv', 'prev_1x1');
    bn('conv_prev_1x1.bn', 'prev_bn');
  }
  conv('conv_1x1.conv', '1x1');
  bn('conv_1x1.bn', 'beginning_bn');
  if (kind === 'stem1' || kind === 'first') {
    conv('path_1.conv', 'path1_conv');
    conv('path_2.conv', 'path2_conv');
    bn('final_path_bn', 'final_path_bn');
  }
  const branches = kind === 'first' || kind === 'normal' ? NORMAL_BRANCHES : REDUCTION_BRANCHES;
  for (const [comb, side, k] of branches) {
    const m = `comb_iter_${comb}_${side}`;
    const slim = `comb_iter_${comb}/${side}`;
    for (const layer of [1, 2]) {
      for (const part of ['depthwise', 'pointwise']) {
        out.push({
          key: `${prefix}.${m}.separable_${layer}.${part}_conv2d.weight`,
          slim: `${slimCell}/${slim}/separable_${k}x${k}_${layer}/${part}_weights`,
          bn: false,
        });
      }
      bn(`${m}.bn_sep_${layer}`, `${slim}/bn_sep_${k}x${k}_${layer}`);
    }
  }
  return out;
}

/** Module cells of a port: [state-dict prefix, cell class, Slim cell]. */
function cells(numBlocks: number, cadeneMobileNumbering: boolean): Array<[string, CellKind, string]> {
  const out: Array<[string, CellKind, string]> = [
    ['cell_stem_0', 'stem0', 'cell_stem_0'],
    ['cell_stem_1', 'stem1', 'cell_stem_1'],
  ];
  let slim = 0;
  for (let stage = 0; stage < 3; stage++) {
    if (stage > 0) out.push([`reduction_cell_${stage - 1}`, 'reduction', `reduction_cell_${stage - 1}`]);
    for (let i = 0; i < numBlocks; i++) {
      // NASNetAMobile names its stages' cells 0-3, 6-9, 12-15; NASNetALarge counts on (0-17).
      const n = cadeneMobileNumbering ? stage * (numBlocks + 2) + i : slim;
      out.push([`cell_${n}`, i === 0 ? 'first' : 'normal', `cell_${slim++}`]);
    }
  }
  return out;
}

export interface TorchPortOptions {
  numBlocks: number;
  /** NASNetAMobile's cell numbering (skips two after each reduction). */
  mobileNumbering: boolean;
  classes: 1000 | 1001;
  /** Newer PyTorch adds one `num_batches_tracked` counter per BatchNorm. */
  batchesTracked: boolean;
  /** DataParallel's `module.` prefix. */
  prefix: string;
}

const torchShape = (s: readonly number[], kind: string | undefined): number[] => {
  const [h, w, i, o] = s as [number, number, number, number];
  if (s.length === 4) return kind === 'depthwise_weights' ? [i, o, h, w] : [o, i, h, w];
  if (s.length === 2) return [s[1] as number, s[0] as number];
  return [...s];
};

/** A port's state dict built against the Slim graph's shapes, and the ground truth. */
export function torchNasnetCheckpoint(
  graph: readonly MatchGraphVariable[],
  o: TorchPortOptions,
): { variables: MatchCheckpointVariable[]; truth: Map<string, string> } {
  const keys: Key[] = [
    { key: 'conv0.conv.weight', slim: 'conv0/weights', bn: false },
    ...TORCH_BN.map(([t, s]) => ({ key: `conv0.bn.${t}`, slim: `conv0_bn/${s}`, bn: true })),
    ...cells(o.numBlocks, o.mobileNumbering).flatMap(([p, k, s]) => cellKeys(p, k, s)),
    { key: 'last_linear.weight', slim: 'final_layer/FC/weights', bn: false },
    { key: 'last_linear.bias', slim: 'final_layer/FC/biases', bn: false },
  ];
  const byName = new Map(graph.map((g) => [g.name, g]));
  const variables: MatchCheckpointVariable[] = [];
  const truth = new Map<string, string>();
  for (const k of keys) {
    const g = byName.get(k.slim);
    if (!g) throw new Error(`port key ${k.key} has no Slim variable ${k.slim}`);
    let shape = torchShape(g.shape, g.kind);
    if (k.slim.startsWith('final_layer/')) shape = shape.map((d) => (d === 1001 ? o.classes : d));
    const name = `${o.prefix}${k.key}`;
    variables.push({ name, shape, dtype: 'float32', role: 'weight' });
    truth.set(k.slim, name);
    if (o.batchesTracked && k.bn && k.key.endsWith('.running_var')) {
      const counter = name.replace(/running_var$/, 'num_batches_tracked');
      variables.push({ name: counter, shape: [], dtype: 'int64', role: 'weight' });
    }
  }
  return { variables, truth };
}

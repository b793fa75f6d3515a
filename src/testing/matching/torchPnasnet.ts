/**
 * Test-only: the state-dict keys of Cadene's `pretrainedmodels` PNASNet5Large (pnasnet.py), walked
 * module by module in registration order, with shapes computed from the constructor arguments the
 * way PyTorch would (OIHW convs, depthwise [C,1,k,k], linear [out,in]) — not from the Slim graph.
 * Each key carries the TF-Slim variable it was converted from, by the module's role: `conv_1x1` is
 * the cell's `1x1` + `beginning_bn`, `conv_prev_1x1` the previous-layer `prev_1x1` + `prev_bn` or
 * the factorized reduction, `comb_iter_<i>_<side>` a branch, a branch's `conv` / `bn` its `1x1` /
 * `bn_1`.
 */
import type { MatchCheckpointVariable } from '../../matching/types';

interface PortKey {
  key: string;
  slim: string;
  shape: number[];
  bn: boolean;
}

const TORCH_BN: Array<[string, string]> = [
  ['weight', 'gamma'],
  ['bias', 'beta'],
  ['running_mean', 'moving_mean'],
  ['running_var', 'moving_variance'],
];

class Walker {
  readonly keys: PortKey[] = [];

  conv(key: string, slim: string, out: number, inp: number, k: number): void {
    this.keys.push({ key: `${key}.weight`, slim: `${slim}/weights`, shape: [out, inp, k, k], bn: false });
  }

  bn(key: string, slim: string, c: number): void {
    for (const [t, s] of TORCH_BN)
      this.keys.push({ key: `${key}.${t}`, slim: `${slim}/${s}`, shape: [c], bn: true });
  }

  /** ReluConvBn(in, out, k): `.conv`, `.bn`. */
  reluConvBn(key: string, convSlim: string, bnSlim: string, inp: number, out: number, k = 1): void {
    this.conv(`${key}.conv`, convSlim, out, inp, k);
    this.bn(`${key}.bn`, bnSlim, out);
  }

  /** BranchSeparables(in, out, k, stem_cell): middle channels = out in stem cells, else in. */
  branch(key: string, slim: string, inp: number, out: number, k: number, stemCell = false): void {
    const middle = stemCell ? out : inp;
    const layers: Array<[number, number]> = [
      [inp, middle],
      [middle, out],
    ];
    layers.forEach(([i, o], n) => {
      const layer = n + 1;
      const sep = `${key}.separable_${layer}`;
      const slimSep = `${slim}/separable_${k}x${k}_${layer}`;
      this.keys.push({
        key: `${sep}.depthwise_conv2d.weight`,
        slim: `${slimSep}/depthwise_weights`,
        shape: [i, 1, k, k],
        bn: false,
      });
      this.keys.push({
        key: `${sep}.pointwise_conv2d.weight`,
        slim: `${slimSep}/pointwise_weights`,
        shape: [o, i, 1, 1],
        bn: false,
      });
      this.bn(`${key}.bn_sep_${layer}`, `${slim}/bn_sep_${k}x${k}_${layer}`, o);
    });
  }

  cellStem0(inLeft: number, outLeft: number, inRight: number, outRight: number): void {
    const p = 'cell_stem_0';
    this.reluConvBn(`${p}.conv_1x1`, `${p}/1x1`, `${p}/beginning_bn`, inRight, outRight);
    this.branch(`${p}.comb_iter_0_left`, `${p}/comb_iter_0/left`, inLeft, outLeft, 5, true);
    this.conv(`${p}.comb_iter_0_right.conv`, `${p}/comb_iter_0/right/1x1`, outLeft, inLeft, 1);
    this.bn(`${p}.comb_iter_0_right.bn`, `${p}/comb_iter_0/right/bn_1`, outLeft);
    this.branch(`${p}.comb_iter_1_left`, `${p}/comb_iter_1/left`, outRight, outRight, 7);
    this.branch(`${p}.comb_iter_2_left`, `${p}/comb_iter_2/left`, outRight, outRight, 5);
    this.branch(`${p}.comb_iter_2_right`, `${p}/comb_iter_2/right`, outRight, outRight, 3);
    this.branch(`${p}.comb_iter_3_left`, `${p}/comb_iter_3/left`, outRight, outRight, 3);
    this.branch(`${p}.comb_iter_4_left`, `${p}/comb_iter_4/left`, inRight, outRight, 3, true);
    this.reluConvBn(
      `${p}.comb_iter_4_right`,
      `${p}/comb_iter_4/right/1x1`,
      `${p}/comb_iter_4/right/bn_1`,
      outRight,
      outRight,
    );
  }

  cell(p: string, c: CellArgs): void {
    const [inLeft, outLeft, inRight, outRight] = c.channels;
    if (c.matchPrev) {
      this.conv(`${p}.conv_prev_1x1.path_1.conv`, `${p}/path1_conv`, Math.floor(outLeft / 2), inLeft, 1);
      this.conv(`${p}.conv_prev_1x1.path_2.conv`, `${p}/path2_conv`, Math.floor(outLeft / 2), inLeft, 1);
      this.bn(`${p}.conv_prev_1x1.final_path_bn`, `${p}/final_path_bn`, outLeft);
    } else {
      this.reluConvBn(`${p}.conv_prev_1x1`, `${p}/prev_1x1`, `${p}/prev_bn`, inLeft, outLeft);
    }
    this.reluConvBn(`${p}.conv_1x1`, `${p}/1x1`, `${p}/beginning_bn`, inRight, outRight);
    this.branch(`${p}.comb_iter_0_left`, `${p}/comb_iter_0/left`, outLeft, outLeft, 5);
    this.branch(`${p}.comb_iter_1_left`, `${p}/comb_iter_1/left`, outRight, outRight, 7);
    this.branch(`${p}.comb_iter_2_left`, `${p}/comb_iter_2/left`, outRight, outRight, 5);
    this.branch(`${p}.comb_iter_2_right`, `${p}/comb_iter_2/right`, outRight, outRight, 3);
    this.branch(`${p}.comb_iter_3_left`, `${p}/comb_iter_3/left`, outRight, outRight, 3);
    this.branch(`${p}.comb_iter_4_left`, `${p}/comb_iter_4/left`, outLeft, outLeft, 3);
    if (c.reduction) {
      const r = `${p}/comb_iter_4/right`;
      this.reluConvBn(`${p}.comb_iter_4_right`, `${r}/1x1`, `${r}/bn_1`, outRight, outRight);
    }
  }
}

interface CellArgs {
  /** in_channels_left, out_channels_left, in_channels_right, out_channels_right */
  channels: [number, number, number, number];
  matchPrev?: boolean;
  reduction?: boolean;
}

/** PNASNet5Large.__init__'s cells after cell_stem_0, as its source lists them. */
const LARGE_CELLS: Array<[string, CellArgs]> = [
  ['cell_stem_1', { channels: [96, 108, 270, 108], matchPrev: true, reduction: true }],
  ['cell_0', { channels: [270, 216, 540, 216], matchPrev: true }],
  ['cell_1', { channels: [540, 216, 1080, 216] }],
  ['cell_2', { channels: [1080, 216, 1080, 216] }],
  ['cell_3', { channels: [1080, 216, 1080, 216] }],
  ['cell_4', { channels: [1080, 432, 1080, 432], reduction: true }],
  ['cell_5', { channels: [1080, 432, 2160, 432], matchPrev: true }],
  ['cell_6', { channels: [2160, 432, 2160, 432] }],
  ['cell_7', { channels: [2160, 432, 2160, 432] }],
  ['cell_8', { channels: [2160, 864, 2160, 864], reduction: true }],
  ['cell_9', { channels: [2160, 864, 4320, 864], matchPrev: true }],
  ['cell_10', { channels: [4320, 864, 4320, 864] }],
  ['cell_11', { channels: [4320, 864, 4320, 864] }],
];

export interface TorchPnasnetOptions {
  classes: 1000 | 1001;
  /** Newer PyTorch adds one `num_batches_tracked` counter per BatchNorm. */
  batchesTracked: boolean;
  /** DataParallel's `module.` prefix. */
  prefix: string;
}

/** PNASNet5Large's state dict and the ground truth (Slim name → key), shapes in PyTorch layout. */
export function torchPnasnetLargeCheckpoint(o: TorchPnasnetOptions): {
  variables: MatchCheckpointVariable[];
  truth: Map<string, string>;
  keys: ReadonlyArray<{ key: string; slim: string; shape: number[] }>;
} {
  const w = new Walker();
  w.conv('conv_0.conv', 'conv0', 96, 3, 3);
  w.bn('conv_0.bn', 'conv0_bn', 96);
  w.cellStem0(96, 54, 96, 54);
  for (const [p, c] of LARGE_CELLS) w.cell(p, c);
  w.keys.push({
    key: 'last_linear.weight',
    slim: 'final_layer/FC/weights',
    shape: [o.classes, 4320],
    bn: false,
  });
  w.keys.push({ key: 'last_linear.bias', slim: 'final_layer/FC/biases', shape: [o.classes], bn: false });
  const variables: MatchCheckpointVariable[] = [];
  const truth = new Map<string, string>();
  for (const k of w.keys) {
    const name = `${o.prefix}${k.key}`;
    variables.push({ name, shape: k.shape, dtype: 'float32', role: 'weight' });
    truth.set(k.slim, name);
    if (o.batchesTracked && k.bn && k.key.endsWith('.running_var')) {
      variables.push({
        name: name.replace(/running_var$/, 'num_batches_tracked'),
        shape: [],
        dtype: 'int64',
        role: 'weight',
      });
    }
  }
  return { variables, truth, keys: w.keys };
}

/**
 * Test-only: the weights keras.applications' nasnet.py creates (NASNet(), `_reduction_a_cell`,
 * `_normal_a_cell`, `_adjust_block`, `_separable_conv_block`), walked in Keras' build order with
 * Keras' own shape bookkeeping, each paired with the TF-Slim variable it holds (ground truth the
 * matcher never sees). `scoped` names carry the name scopes a TF1 Keras SavedModel records
 * (`normal_A_block_5/block_1/separable_conv_block_normal_left1_5/…`); unscoped names are the flat
 * `layer/weight` form of TF2 and of .h5 files.
 */
import type { MatchCheckpointVariable } from '../../matching/types';

export interface KerasNasnetOptions {
  numBlocks: number;
  stemFilters: number;
  penultimateFilters: number;
  skipReduction: boolean;
  classes: number;
  scoped: boolean;
}

export const KERAS_MOBILE: KerasNasnetOptions = {
  numBlocks: 4,
  stemFilters: 32,
  penultimateFilters: 1056,
  skipReduction: false,
  classes: 1000,
  scoped: true,
};

export const KERAS_LARGE: KerasNasnetOptions = {
  numBlocks: 6,
  stemFilters: 96,
  penultimateFilters: 4032,
  skipReduction: true,
  classes: 1000,
  scoped: true,
};

/** A tensor as Keras records it, with the Slim name of the same weight. */
interface Weight {
  name: string;
  shape: number[];
  slim: string;
}

interface State {
  level: number;
  channels: number;
}

const BN = ['gamma', 'beta', 'moving_mean', 'moving_variance'];

/** Keras branch (`left1` …) → [Slim comb_iter, side, kernel]; block_5 of a reduction is `left4`. */
const NORMAL_BRANCHES: Array<[string, number, 'left' | 'right', number, string]> = [
  ['left1', 0, 'left', 5, 'block_1'],
  ['right1', 0, 'right', 3, 'block_1'],
  ['left2', 1, 'left', 5, 'block_2'],
  ['right2', 1, 'right', 3, 'block_2'],
  ['left5', 4, 'left', 3, 'block_5'],
];
const REDUCTION_BRANCHES: Array<[string, number, 'left' | 'right', number, string]> = [
  ['left1', 0, 'left', 5, 'block_1'],
  ['right1', 0, 'right', 7, 'block_1'],
  ['right2', 1, 'right', 7, 'block_2'],
  ['right3', 2, 'right', 5, 'block_3'],
  ['left4', 4, 'left', 3, 'block_5'],
];

class Builder {
  readonly out: Weight[] = [];
  constructor(private readonly scoped: boolean) {}

  private add(scopes: string[], layer: string, leaf: string, shape: number[], slim: string): void {
    const path = this.scoped ? [...scopes, layer] : [layer];
    this.out.push({ name: `${path.join('/')}/${leaf}`, shape, slim });
  }

  conv(scopes: string[], layer: string, shape: number[], slimOp: string): void {
    this.add(scopes, layer, 'kernel', shape, `${slimOp}/weights`);
  }

  bn(scopes: string[], layer: string, channels: number, slimOp: string): void {
    for (const p of BN) this.add(scopes, layer, p, [channels], `${slimOp}/${p}`);
  }

  separable(scopes: string[], layer: string, k: number, cin: number, cout: number, slimOp: string): void {
    this.add(scopes, layer, 'depthwise_kernel', [k, k, cin, 1], `${slimOp}/depthwise_weights`);
    this.add(scopes, layer, 'pointwise_kernel', [1, 1, cin, cout], `${slimOp}/pointwise_weights`);
  }
}

/** `_adjust_block`: the previous input's channels after adjustment. */
function adjust(b: Builder, scope: string, p: State | null, ip: State, filters: number, id: string): number {
  if (!p) return ip.channels;
  const scopes = [scope, 'adjust_block'];
  const slimCell = scope;
  if (p.level !== ip.level) {
    const s = [...scopes, `adjust_reduction_block_${id}`];
    b.conv(s, `adjust_conv_1_${id}`, [1, 1, p.channels, filters / 2], `${slimCell}/path1_conv`);
    b.conv(s, `adjust_conv_2_${id}`, [1, 1, p.channels, filters / 2], `${slimCell}/path2_conv`);
    b.bn(s, `adjust_bn_${id}`, filters, `${slimCell}/final_path_bn`);
    return filters;
  }
  if (p.channels !== filters) {
    const s = [...scopes, `adjust_projection_block_${id}`];
    b.conv(s, `adjust_conv_projection_${id}`, [1, 1, p.channels, filters], `${slimCell}/prev_1x1`);
    b.bn(s, `adjust_bn_${id}`, filters, `${slimCell}/prev_bn`);
    return filters;
  }
  return p.channels;
}

/** One Keras cell; `slimCell` is the Slim scope it corresponds to. */
function cell(
  b: Builder,
  kind: 'normal' | 'reduction',
  x: State,
  p: State | null,
  filters: number,
  id: string,
  slimCell: string,
): State {
  const scope = `${kind}_A_block_${id}`;
  const mark = b.out.length;
  const pChannels = adjust(b, scope, p, x, filters, id);
  b.conv([scope], `${kind}_conv_1_${id}`, [1, 1, x.channels, filters], `${scope}/1x1`);
  b.bn([scope], `${kind}_bn_1_${id}`, filters, `${scope}/beginning_bn`);
  const branches = kind === 'normal' ? NORMAL_BRANCHES : REDUCTION_BRANCHES;
  for (const [branch, comb, side, k, block] of branches) {
    // Hidden state 0 (h, `filters` wide) feeds left branches except the normal cell's left2.
    const fromH = side === 'left' && branch !== 'left2';
    const cin = fromH ? filters : pChannels;
    const bid = `${kind}_${branch}_${id}`;
    const s = [scope, block, `separable_conv_block_${bid}`];
    const slimOp = `${scope}/comb_iter_${comb}/${side}`;
    b.separable(s, `separable_conv_1_${bid}`, k, cin, filters, `${slimOp}/separable_${k}x${k}_1`);
    b.bn(s, `separable_conv_1_bn_${bid}`, filters, `${slimOp}/bn_sep_${k}x${k}_1`);
    b.separable(s, `separable_conv_2_${bid}`, k, filters, filters, `${slimOp}/separable_${k}x${k}_2`);
    b.bn(s, `separable_conv_2_bn_${bid}`, filters, `${slimOp}/bn_sep_${k}x${k}_2`);
  }
  for (const w of b.out.slice(mark)) w.slim = w.slim.replace(scope, slimCell);
  return kind === 'normal'
    ? { level: x.level, channels: 6 * filters }
    : { level: x.level + 1, channels: 4 * filters };
}

/** Keras NASNet weights in build order, each with its Slim name. */
export function kerasNasnetWeights(o: KerasNasnetOptions): Weight[] {
  const b = new Builder(o.scoped);
  const filters = o.penultimateFilters / 24;
  b.conv([], 'stem_conv1', [3, 3, 3, o.stemFilters], 'conv0');
  b.bn([], 'stem_bn1', o.stemFilters, 'conv0_bn');
  let x: State = { level: 0, channels: o.stemFilters };
  let p: State | null = null;
  let normal = 0;
  let reduction = 0;
  const step = (kind: 'normal' | 'reduction', f: number, id: string, slim: string): void => {
    const next = cell(b, kind, x, p, f, id, slim);
    if (kind === 'normal' || !o.skipReduction || id.startsWith('stem')) p = x;
    x = next;
  };
  step('reduction', filters / 4, 'stem_1', 'cell_stem_0');
  step('reduction', filters / 2, 'stem_2', 'cell_stem_1');
  for (let stage = 0; stage < 3; stage++) {
    if (stage > 0) {
      step(
        'reduction',
        filters * 2 ** stage,
        `reduce_${stage * o.numBlocks}`,
        `reduction_cell_${reduction++}`,
      );
    }
    for (let i = 0; i < o.numBlocks; i++) {
      const id = stage === 0 ? i : stage * o.numBlocks + i + 1;
      step('normal', filters * 2 ** stage, String(id), `cell_${normal++}`);
    }
  }
  b.out.push({
    name: 'predictions/kernel',
    shape: [x.channels, o.classes],
    slim: 'final_layer/FC/weights',
  });
  b.out.push({ name: 'predictions/bias', shape: [o.classes], slim: 'final_layer/FC/biases' });
  return b.out;
}

/** The checkpoint list and the ground truth (Slim graph name → checkpoint name). */
export function kerasNasnetCheckpoint(o: KerasNasnetOptions): {
  variables: MatchCheckpointVariable[];
  truth: Map<string, string>;
} {
  const weights = kerasNasnetWeights(o);
  return {
    variables: weights.map((w) => ({ name: w.name, shape: w.shape, dtype: 'float32', role: 'weight' })),
    truth: new Map(weights.map((w) => [w.slim, w.name])),
  };
}

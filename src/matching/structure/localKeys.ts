/**
 * Where a variable sits inside a NASNet cell, independent of naming scheme: which unit (the
 * cell's 1x1, its batch norm, the previous-layer adjustment, a separable conv of a combination…),
 * which combination, left or right, which layer of the separable stack, which parameter.
 * Graph names are TF-Slim's and parse exactly; checkpoint names are read from their tokens.
 */
import { numbersOf, tokens, type ParamKind } from '../names';

export type Unit =
  | 'sep'
  | 'sepbn'
  | 'comb'
  | 'combbn'
  | 'main'
  | 'mainbn'
  | 'prev'
  | 'prevbn'
  | 'path1'
  | 'path2'
  | 'pathbn'
  /** Checkpoint side, before the cell tells whether it is prev/prevbn or path1/path2/pathbn. */
  | 'adjust'
  | 'adjustbn';

export interface LocalKey {
  unit: Unit | string;
  /** Combination number as named (Slim comb_iter_K, Keras block_K, …); ranked per cell. */
  comb?: number;
  side?: 'left' | 'right';
  /** Layer of the separable stack (1, 2). */
  layer?: number;
  param: ParamKind;
  /** Kernel size, where the name tells it (graph side). */
  kernel?: number;
  /** For adjustment convs: the name part that orders path 1 before path 2. */
  order?: string;
}

const BN_PARAMS = new Set<ParamKind>(['gamma', 'beta', 'moving_mean', 'moving_variance']);
export const isBnParam = (p: ParamKind): boolean => BN_PARAMS.has(p);

const SLIM_CELL_UNITS: Record<string, Unit> = {
  '1x1': 'main',
  beginning_bn: 'mainbn',
  prev_1x1: 'prev',
  prev_bn: 'prevbn',
  path1_conv: 'path1',
  path2_conv: 'path2',
  final_path_bn: 'pathbn',
};

/** TF-Slim local path (components after the cell scope, leaf excluded). */
export function slimLocalKey(scope: readonly string[], param: ParamKind): LocalKey {
  const comb = /^comb_iter_(\d+)$/.exec(scope[0] ?? '');
  if (comb && scope.length === 3 && (scope[1] === 'left' || scope[1] === 'right')) {
    const side = scope[1];
    const op = scope[2] as string;
    const sep = /^(bn_sep|separable)_(\d+)x\d+_(\d+)$/.exec(op);
    const base = { comb: Number(comb[1]), side, param } as const;
    if (sep) {
      const unit = sep[1] === 'separable' ? 'sep' : 'sepbn';
      return { ...base, unit, kernel: Number(sep[2]), layer: Number(sep[3]) };
    }
    if (op === '1x1') return { ...base, unit: 'comb' };
    if (op === 'bn_1') return { ...base, unit: 'combbn' };
  }
  if (scope.length === 1) {
    const unit = SLIM_CELL_UNITS[scope[0] as string];
    if (unit) return { unit, param };
  }
  return { unit: `other:${scope.join('/')}`, param };
}

const ADJUST_WORDS = new Set([
  'prev',
  'adjust',
  'projection',
  'path',
  'skip',
  'shortcut',
  'factorized',
  'reduce',
]);
const COMB_WORDS = new Set(['comb', 'iter', 'block', 'branch', 'node', 'combination', 'op']);
const SEP_WORDS = new Set(['separable', 'sep', 'sepconv', 'depthwise', 'pointwise', 'dw', 'pw']);

/** A number of a name part that is not a kernel size. */
const firstNumber = (comp: string): number | undefined => numbersOf(comp)[0];

/** A combination numbered by its side (`left1`, `right_2`): [component index, number] or [-1]. */
function sideNumber(toks: readonly string[][]): [number, number | undefined] {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string[];
    const j = t.findIndex((w, k) => (w === 'left' || w === 'right') && /^\d+$/.test(t[k + 1] ?? ''));
    if (j >= 0) return [i, Number(t[j + 1])];
  }
  return [-1, undefined];
}

/**
 * Checkpoint local path (components after the cell's own name part, leaf excluded), read from
 * its words and numbers. Returns null when the path says nothing recognisable.
 */
export function foreignLocalKey(scope: readonly string[], param: ParamKind): LocalKey | null {
  const toks = scope.map((c) => tokens(c));
  const all = toks.flat();
  const bn = isBnParam(param);
  const sepish =
    param === 'depthwise_weights' || param === 'pointwise_weights' || all.some((t) => SEP_WORDS.has(t));
  const adjust = !sepish && all.some((t) => ADJUST_WORDS.has(t) && t !== 'reduce');
  if (adjust) return { unit: bn ? 'adjustbn' : 'adjust', param, order: scope.join('/') };
  let combIdx = toks.findIndex((t) => t.some((w) => COMB_WORDS.has(w)) && t.some((w) => /^\d+$/.test(w)));
  let comb = combIdx < 0 ? undefined : firstNumber(scope[combIdx] as string);
  if (combIdx < 0) [combIdx, comb] = sideNumber(toks);
  // `op0L`/`op0R`: a lone l/r right after the combination's number is its side.
  const combToks = combIdx < 0 ? [] : (toks[combIdx] as string[]);
  const short = combToks.find((w, k) => (w === 'l' || w === 'r') && /^\d+$/.test(combToks[k - 1] ?? ''));
  const side =
    all.includes('left') || short === 'l'
      ? 'left'
      : all.includes('right') || short === 'r'
        ? 'right'
        : undefined;
  if (combIdx < 0) {
    if (sepish || side) return null;
    return { unit: bn ? 'mainbn' : 'main', param };
  }
  if (!sepish) return { unit: bn ? 'combbn' : 'comb', comb, side, param };
  let layer: number | undefined;
  for (let i = scope.length - 1; i >= combIdx && layer === undefined; i--) {
    const t = toks[i] as string[];
    if (t.some((w) => w === 'separable' || w === 'sep' || w === 'sepconv'))
      layer = firstNumber(scope[i] as string);
  }
  return { unit: bn ? 'sepbn' : 'sep', comb, side, layer: layer ?? 1, param };
}

export const localKeyString = (k: LocalKey, combRank: number | undefined): string =>
  `${k.unit}|${combRank ?? ''}|${k.side ?? ''}|${k.layer ?? ''}|${k.param}`;

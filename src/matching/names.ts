/**
 * Name normalization shared by every matching stage: TF2 `full_name`, `:0`, separators, and the
 * parameter-name synonyms other frameworks use for TF-Slim's variable leaves.
 */
import type { GraphVariableKind } from '../model/graphVariable';

export type ParamKind = GraphVariableKind;

/**
 * The variable's original name: TF2 `full_name` if known, without `:0` or the object suffix, and
 * without the repeated layer scope of Keras .h5 paths (`conv1/conv1/kernel` → `conv1/kernel`).
 */
export function normalizeName(name: string, fullName?: string): string {
  const base = fullName && fullName.length > 0 ? fullName : name;
  let plain = base;
  if (plain.endsWith('/.ATTRIBUTES/VARIABLE_VALUE'))
    plain = plain.slice(0, -'/.ATTRIBUTES/VARIABLE_VALUE'.length);
  if (plain.includes(':')) plain = plain.replace(/:\d+$/, '');
  return plain === base || !plain.includes('/') ? plain : plain.replace(/(^|\/)([^/]+)\/\2(?=\/)/g, '$1$2');
}

/** The last name part (`/` or `.` separated), without splitting the whole name. */
export function leafOf(name: string): string {
  let end = name.length;
  while (end > 0 && (name[end - 1] === '/' || name[end - 1] === '.')) end--;
  const cut = Math.max(name.lastIndexOf('/', end - 1), name.lastIndexOf('.', end - 1));
  return name.slice(cut + 1, end);
}

/** Path components; `/` (TF) and `.` (PyTorch state dicts) both separate scopes. */
export const splitComponents = (name: string): string[] => name.split(/[/.]/).filter((c) => c.length > 0);

const LEAF_SYNONYMS: Record<string, ParamKind | 'weight' | 'bias'> = {
  weights: 'weights',
  kernel: 'weights',
  w: 'weights',
  filter: 'weights',
  filters: 'weights',
  weight: 'weight',
  bias: 'bias',
  biases: 'bias',
  b: 'bias',
  depthwise_weights: 'depthwise_weights',
  depthwise_kernel: 'depthwise_weights',
  depthwise_filter: 'depthwise_weights',
  depthwise_weight: 'depthwise_weights',
  pointwise_weights: 'pointwise_weights',
  pointwise_kernel: 'pointwise_weights',
  pointwise_filter: 'pointwise_weights',
  pointwise_weight: 'pointwise_weights',
  gamma: 'gamma',
  scale: 'gamma',
  beta: 'beta',
  offset: 'beta',
  shift: 'beta',
  moving_mean: 'moving_mean',
  running_mean: 'moving_mean',
  mean: 'moving_mean',
  moving_variance: 'moving_variance',
  moving_var: 'moving_variance',
  running_var: 'moving_variance',
  running_variance: 'moving_variance',
  variance: 'moving_variance',
  var: 'moving_variance',
};

const BN_STAT_LEAVES = new Set(['moving_mean', 'moving_variance']);

/** Words that make a scope a batch norm (`bn`, `bn_sep_1`, `BatchNorm`, `normal_bn_1_0`, …). */
export function isBatchNormScope(component: string | undefined): boolean {
  if (!component) return false;
  const c = component.toLowerCase();
  return /(^|_|\d)bn($|_|\d)/.test(c) || c.includes('batchnorm') || c.includes('batch_norm') || c === 'norm';
}

/**
 * The Slim parameter a leaf name stands for. `weight`/`bias` mean gamma/beta inside a batch
 * norm (PyTorch), and weights/biases elsewhere; `siblingsHaveStats` tells which.
 */
export function paramKind(leaf: string, scope: string[], siblingsHaveStats: boolean): ParamKind | null {
  const syn = LEAF_SYNONYMS[leaf.toLowerCase()];
  if (!syn) return null;
  const bn = siblingsHaveStats || isBatchNormScope(scope[scope.length - 1]);
  const parent = (scope[scope.length - 1] ?? '').toLowerCase();
  if (syn === 'weight' || syn === 'weights') {
    if (bn && syn === 'weight') return 'gamma';
    if (parent.includes('depthwise') || tokens(parent).includes('dw')) return 'depthwise_weights';
    if (parent.includes('pointwise') || tokens(parent).includes('pw')) return 'pointwise_weights';
    return 'weights';
  }
  if (syn === 'bias') return bn ? 'beta' : 'biases';
  return syn;
}

export const isStatLeaf = (leaf: string): boolean => {
  const syn = LEAF_SYNONYMS[leaf.toLowerCase()];
  return syn !== undefined && BN_STAT_LEAVES.has(syn);
};

/** Scope (all components but the leaf) → whether any leaf under it is a BN moving statistic. */
export function scopesWithStats(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const comps = splitComponents(n);
    const leaf = comps.pop();
    if (leaf && isStatLeaf(leaf)) out.add(comps.join('/').toLowerCase());
  }
  return out;
}

/**
 * Separator- and synonym-free form used for rule matching: lower case, `/` separators, the leaf
 * replaced by its Slim parameter name. Intermediate scope names are kept as they are.
 */
export function canonicalName(name: string, statScopes: ReadonlySet<string>): string {
  const lower = name.toLowerCase();
  if (!lower.includes('.') && !lower.includes('//') && !lower.startsWith('/') && !lower.endsWith('/')) {
    // Plain `/` names (the common case, and every graph name): no need to split and re-join.
    const cut = lower.lastIndexOf('/');
    const scope = cut < 0 ? '' : lower.slice(0, cut);
    const leaf = lower.slice(cut + 1);
    const parent = scope.slice(scope.lastIndexOf('/') + 1);
    const kind = paramKind(leaf, parent ? [parent] : [], statScopes.has(scope));
    return `${scope}${scope ? '/' : ''}${kind ?? leaf}`;
  }
  const comps = splitComponents(lower);
  const leaf = comps.pop() ?? '';
  const scope = comps.join('/');
  const kind = paramKind(leaf, comps, statScopes.has(scope));
  return `${scope}${scope ? '/' : ''}${kind ?? leaf}`;
}

/**
 * Words and numbers of a name part: `separable_conv_1_normal_left1_0` → separable, conv, 1,
 * normal, left, 1, 0. Kernel sizes (`5x5`) and `conv2d` stay whole.
 */
export function tokens(component: string): string[] {
  let t = tokenCache.get(component);
  if (!t) {
    t = component.toLowerCase().match(/\d+x\d+|conv[123]d|[a-z]+|\d+/g) ?? [];
    if (tokenCache.size > TOKEN_CACHE_MAX) tokenCache.clear();
    tokenCache.set(component, t);
  }
  return t;
}

/** Name parts repeat across cells and schemes; their tokens are computed once (read-only). */
const tokenCache = new Map<string, string[]>();
const TOKEN_CACHE_MAX = 50_000;

export const numbersOf = (component: string): number[] =>
  tokens(component)
    .filter((t) => /^\d+$/.test(t))
    .map(Number);

/**
 * What `config.json` of a Keras 3 `.keras` archive says about the weights in `model.weights.h5`.
 *
 * Keras 3 (keras/src/saving/saving_lib.py) stores a layer's variables at
 * `layers/<snake_case(class)>[_<n>]/vars/<i>`: the group is named after the layer's class, counted
 * per class in `model.layers` order (`conv2d`, `conv2d_1`, …), never after the layer's own name, and
 * `<i>` is the order the layer created its variables. The layer's name and class come from the
 * config's `layers` list, which is in the same order; the variable names from the layer class.
 */

export interface Keras3Layer {
  /** The layer's name (`stem_conv1`); nested models give `outer/inner`. */
  name: string;
  /** The Keras class (`Conv2D`). */
  className: string;
  /** The variable names in creation order, when the class is known. */
  varNames?: string[];
}

type Config = Record<string, unknown>;

const isObject = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);
const withBias = (c: Config, names: string[]): string[] =>
  c.use_bias === false ? names : [...names, 'bias'];

/** Variable names of the built-in layers, in the order their `build()` adds them. */
const VARIABLES: Record<string, (c: Config) => string[]> = {
  Dense: (c) => withBias(c, ['kernel']),
  EinsumDense: (c) => (c.bias_axes ? ['kernel', 'bias'] : ['kernel']),
  Conv1D: (c) => withBias(c, ['kernel']),
  Conv2D: (c) => withBias(c, ['kernel']),
  Conv3D: (c) => withBias(c, ['kernel']),
  Conv1DTranspose: (c) => withBias(c, ['kernel']),
  Conv2DTranspose: (c) => withBias(c, ['kernel']),
  Conv3DTranspose: (c) => withBias(c, ['kernel']),
  DepthwiseConv1D: (c) => withBias(c, ['kernel']),
  DepthwiseConv2D: (c) => withBias(c, ['kernel']),
  SeparableConv1D: (c) => withBias(c, ['depthwise_kernel', 'pointwise_kernel']),
  SeparableConv2D: (c) => withBias(c, ['depthwise_kernel', 'pointwise_kernel']),
  BatchNormalization: (c) => [
    ...(c.scale === false ? [] : ['gamma']),
    ...(c.center === false ? [] : ['beta']),
    'moving_mean',
    'moving_variance',
  ],
  LayerNormalization: (c) => [
    ...(c.scale === false ? [] : ['gamma']),
    ...(c.center === false ? [] : ['beta']),
  ],
  Embedding: () => ['embeddings'],
};

/** keras.src.utils.naming.to_snake_case. */
export function toSnakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** The `layers` list of a Functional / Sequential config (top level or nested). */
function layerList(node: Config): unknown[] | undefined {
  const inner = isObject(node.config) ? node.config.layers : undefined;
  return Array.isArray(inner) ? inner : undefined;
}

function walk(node: Config, groupPrefix: string, namePrefix: string, out: Map<string, Keras3Layer>): void {
  const used = new Map<string, number>();
  for (const entry of layerList(node) ?? []) {
    if (!isObject(entry) || typeof entry.class_name !== 'string') continue;
    const snake = toSnakeCase(entry.class_name);
    const n = used.get(snake);
    used.set(snake, n === undefined ? 0 : n + 1);
    const group = `${groupPrefix}layers/${snake}${n === undefined ? '' : `_${n + 1}`}`;
    const config = isObject(entry.config) ? entry.config : {};
    const own =
      typeof config.name === 'string' ? config.name : typeof entry.name === 'string' ? entry.name : '';
    const name = own ? `${namePrefix}${own}` : group;
    const varNames = VARIABLES[entry.class_name]?.(config);
    out.set(group, { name, className: entry.class_name, ...(varNames ? { varNames } : {}) });
    if (layerList(entry)) walk(entry, `${group}/`, `${name}/`, out);
  }
}

/** HDF5 group path (`layers/conv2d_1`) → the layer it holds, from a parsed `config.json`. */
export function layersFromConfig(config: unknown): Map<string, Keras3Layer> {
  const out = new Map<string, Keras3Layer>();
  if (isObject(config)) walk(config, '', '', out);
  return out;
}

/**
 * Test-only: writes `.keras` archives laid out as Keras 3 `model.save('x.keras')` writes them
 * (keras/src/saving/saving_lib.py): a stored ZIP of `metadata.json`, `config.json` and
 * `model.weights.h5`, the weights at `layers/<snake_case(class)>[_n]/vars/<i>`, counted per class.
 * The HDF5 file is written with h5wasm (the HDF5 C library), as h5py would.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import h5wasm from 'h5wasm';

export interface Keras3TestLayer {
  name: string;
  className: string;
  /** Extra layer config (`use_bias`, `center`…); `name` is added. */
  config?: Record<string, unknown>;
  /** Variables in creation order (float32). */
  vars?: { shape: number[]; values?: Float32Array }[];
}

export interface Keras3WriteOptions {
  modelClass?: 'Functional' | 'Sequential';
  /** Newer Keras: every saveable gets a `vars` group with a `name` attribute, empty or not. */
  recordNames?: boolean;
  /** Optimizer variables saved beside the layers (`optimizer/vars/<i>`). */
  optimizerVars?: number[][];
  /** Compress the weights member (Keras never does; other zip tools may). */
  deflateWeights?: boolean;
  /** Leave a member out (to test damaged archives). */
  omit?: 'config.json' | 'model.weights.h5';
  kerasVersion?: string;
}

/** keras.src.utils.naming.to_snake_case, written out here so the writer does not share the reader's. */
function toSnakeCase(name: string): string {
  const words = name.replace(/\W+/g, '').replace(/(.)([A-Z][a-z]+)/g, '$1_$2');
  return words.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

const count = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);

/** h5 group path of each layer, as saving_lib's `_save_container_state` names them. */
export function keras3GroupPaths(layers: readonly Keras3TestLayer[]): string[] {
  const used = new Map<string, number>();
  return layers.map((l) => {
    const snake = toSnakeCase(l.className);
    const n = used.get(snake);
    used.set(snake, n === undefined ? 0 : n + 1);
    return `layers/${snake}${n === undefined ? '' : `_${n + 1}`}`;
  });
}

async function writeH5(layers: readonly Keras3TestLayer[], o: Keras3WriteOptions): Promise<Uint8Array> {
  const module = await h5wasm.ready;
  const fs = module.FS;
  if (!fs) throw new Error('h5wasm has no file system');
  const path = `/keras3-${Math.random().toString(36).slice(2)}.h5`;
  const file = new h5wasm.File(path, 'w');
  const groups = new Map<string, InstanceType<typeof h5wasm.Group>>();
  const group = (p: string): InstanceType<typeof h5wasm.Group> => {
    const have = groups.get(p);
    if (have) return have;
    const cut = p.lastIndexOf('/');
    const parent = cut < 0 ? file : group(p.slice(0, cut));
    const made = parent.create_group(p.slice(cut + 1));
    groups.set(p, made);
    return made;
  };
  const paths = keras3GroupPaths(layers);
  if (o.recordNames) group('vars').create_attribute('name', 'model');
  layers.forEach((layer, i) => {
    if (!layer.vars?.length && !o.recordNames) return;
    const vars = group(`${paths[i]}/vars`);
    if (o.recordNames) vars.create_attribute('name', layer.name);
    layer.vars?.forEach((v, k) => {
      const data = v.values ?? new Float32Array(count(v.shape)).map((_, j) => i + k / 10 + j / 1000);
      vars.create_dataset({ name: String(k), data, shape: v.shape, dtype: '<f' });
    });
  });
  o.optimizerVars?.forEach((shape, k) => {
    group('optimizer/vars').create_dataset({
      name: String(k),
      data: new Float32Array(count(shape)),
      shape,
      dtype: '<f',
    });
  });
  file.close();
  const bytes = fs.readFile(path) as Uint8Array;
  fs.unlink(path);
  return bytes;
}

/** The `config.json` Keras 3 writes for a Functional / Sequential model of these layers. */
export function keras3Config(layers: readonly Keras3TestLayer[], modelClass = 'Functional'): unknown {
  return {
    module: 'keras',
    class_name: modelClass,
    config: {
      name: 'model',
      trainable: true,
      layers: [
        {
          module: 'keras.layers',
          class_name: 'InputLayer',
          config: { name: 'input_layer' },
          name: 'input_layer',
        },
        ...layers.map((l) => ({
          module: 'keras.layers',
          class_name: l.className,
          config: { name: l.name, trainable: true, ...l.config },
          registered_name: null,
          name: l.name,
        })),
      ],
    },
    registered_name: modelClass,
  };
}

export async function writeKeras3(
  layers: readonly Keras3TestLayer[],
  o: Keras3WriteOptions = {},
): Promise<Uint8Array> {
  const members: Zippable = {
    'metadata.json': [
      strToU8(
        JSON.stringify({ keras_version: o.kerasVersion ?? '3.6.0', date_saved: '2026-01-01@00:00:00' }),
      ),
      { level: 0 },
    ],
    'config.json': [strToU8(JSON.stringify(keras3Config(layers, o.modelClass))), { level: 0 }],
    'model.weights.h5': [await writeH5(layers, o), { level: o.deflateWeights ? 6 : 0 }],
  };
  if (o.omit) delete members[o.omit];
  return zipSync(members);
}

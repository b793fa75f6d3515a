/**
 * Where Keras puts weights in an HDF5 file, and what they are called.
 * - Keras 2 `save_weights('w.h5')`: root attribute `layer_names`; each layer group has
 *   `weight_names` (e.g. `conv1/kernel:0`) and the dataset lives at `<layer>/<weight name>`.
 * - Keras 2 `model.save('m.h5')`: the same under the `model_weights` group (optimizer state in
 *   `optimizer_weights` is not a model weight and is skipped).
 * - Anything else (Keras 3 `.weights.h5`: `layers/<layer>/vars/<i>`): every dataset by its path.
 * Spec: keras/src/saving/legacy/hdf5_format.py (save_weights_to_hdf5_group).
 */
import type { Dataset, Entity, Group } from 'h5wasm';

export interface KerasWeight {
  /** The variable name shown and matched: the Keras weight name, e.g. `conv1/kernel:0`. */
  name: string;
  /** The dataset's HDF5 path. */
  path: string;
}

export interface H5Classes {
  Group: abstract new (...args: never[]) => Group;
  Dataset: abstract new (...args: never[]) => Dataset;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value))
    return value.map((v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v)));
  return [];
}

/**
 * A string-list attribute; Keras splits one larger than HDF5's 64 KB header limit into
 * `name0`, `name1`, … (hdf5_format.py, save_attributes_to_hdf5_group).
 */
function attrStrings(entity: Group, name: string): string[] | undefined {
  const attrs = entity.attrs;
  const whole = attrs[name];
  if (whole) return stringList(whole.value);
  if (!attrs[`${name}0`]) return undefined;
  const out: string[] = [];
  for (let i = 0; attrs[`${name}${i}`]; i++) out.push(...stringList(attrs[`${name}${i}`]?.value));
  return out;
}

function layoutByLayerNames(root: Group, layerNames: string[], classes: H5Classes): KerasWeight[] {
  const found: KerasWeight[] = [];
  const base = root.path === '/' ? '' : `${root.path}/`;
  for (const layer of layerNames) {
    const group = root.get(layer);
    if (!(group instanceof classes.Group)) continue;
    for (const weight of attrStrings(group, 'weight_names') ?? []) {
      found.push({ name: weight, path: `${base}${layer}/${weight}`.replace(/^\/+/, '/') });
    }
  }
  const counts = new Map<string, number>();
  for (const w of found) counts.set(w.name, (counts.get(w.name) ?? 0) + 1);
  // Two layers may reuse a weight name (nested models): keep them apart by the layer path.
  return found.map((w) => ((counts.get(w.name) ?? 0) > 1 ? { ...w, name: w.path.replace(/^\/+/, '') } : w));
}

function allDatasets(root: Group, classes: H5Classes): KerasWeight[] {
  const out: KerasWeight[] = [];
  const walk = (group: Group): void => {
    for (const key of group.keys()) {
      const child: Entity | null = group.get(key);
      if (child instanceof classes.Group) walk(child);
      else if (child instanceof classes.Dataset)
        out.push({ name: child.path.replace(/^\/+/, ''), path: child.path });
    }
  };
  walk(root);
  return out;
}

/** Lists the model weights of an open HDF5 file in the order Keras saved them. */
export function listKerasWeights(file: Group, classes: H5Classes): KerasWeight[] {
  const modelWeights = file.get('model_weights');
  const root = modelWeights instanceof classes.Group ? modelWeights : file;
  const layerNames = attrStrings(root, 'layer_names');
  if (layerNames && layerNames.length > 0) return layoutByLayerNames(root, layerNames, classes);
  return allDatasets(root, classes);
}

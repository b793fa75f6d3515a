/**
 * A Keras 3 `.keras` archive (`model.save('x.keras')`): a ZIP holding `metadata.json`,
 * `config.json` and `model.weights.h5`. Keras writes the members stored, so the weights file is
 * handed to the HDF5 reader as a window of the archive and nothing else is copied; `config.json`
 * names the layers. Variable names stay as stored (`layers/conv2d/vars/0`); `fullName` is the
 * Keras variable path (`stem_conv1/kernel`) and `layerClass` the layer's class.
 */
import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, TensorData, VariableRole } from '../checkpoint';
import { DEFAULT_MAX_H5_BYTES, KerasH5Reader, type OpenH5Options } from '../keras/kerasH5Reader';
import { readZipDirectory, type ZipMember } from '../numpy/zipDirectory';
import { layersFromConfig, type Keras3Layer } from './kerasConfig';
import { zipMemberSource } from './zipMember';

const WEIGHTS = 'model.weights.h5';
const CONFIG = 'config.json';
const METADATA = 'metadata.json';
const MAX_JSON_BYTES = 64 << 20;
const VAR_PATH = /^(.*)\/vars\/(\d+)$/;

function bad(file: string, problem: string, cause?: unknown): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file,
    problem,
    hint: 'Open a Keras 3 archive written by model.save("model.keras"), or save it again.',
    cause,
  });
}

async function readJson(archive: ByteSource, member: ZipMember | undefined): Promise<unknown> {
  if (!member) return undefined;
  const source = await zipMemberSource(archive, member, MAX_JSON_BYTES);
  if (source.size > MAX_JSON_BYTES) throw bad(source.name, `The JSON member is ${source.size} bytes.`);
  const text = new TextDecoder().decode(await source.read(0, source.size));
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw bad(source.name, 'This member is not valid JSON.', cause);
  }
}

/** Optimizer state and metric counters are saved beside the layers; they are not model weights. */
function roleOf(group: string): VariableRole | undefined {
  if (/^optimizer(\/|$)/.test(group)) return 'optimizer_slot';
  if (/^(compile_metrics|metrics|loss|compile_loss)(\/|$)/.test(group)) return 'bookkeeping';
  return undefined;
}

export interface Keras3Info {
  kerasVersion?: string;
  modelClass?: string;
}

export class Keras3Reader implements CheckpointReader {
  readonly format = 'keras3' as const;
  readonly variables: CheckpointVariable[];
  readonly warnings: SlimscopeError[];

  private constructor(
    readonly prefix: string,
    private readonly weights: KerasH5Reader,
    layers: ReadonlyMap<string, Keras3Layer>,
    readonly info: Keras3Info,
  ) {
    this.warnings = [...weights.warnings];
    const order = new Map([...layers.keys()].map((group, i) => [group, i]));
    const rank = (v: CheckpointVariable): [number, number] => {
      const m = VAR_PATH.exec(v.name);
      return [m ? (order.get(m[1]!) ?? order.size) : order.size + 1, m ? Number(m[2]) : 0];
    };
    const stored = new Map<string, number>();
    for (const v of weights.variables) {
      const group = VAR_PATH.exec(v.name)?.[1];
      if (group !== undefined) stored.set(group, (stored.get(group) ?? 0) + 1);
    }
    const ranked = weights.variables.map((v) => ({ v: this.describe(v, layers, stored), key: rank(v) }));
    ranked.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.v.name.localeCompare(b.v.name));
    this.variables = ranked.map((r) => r.v);
  }

  static async open(source: ByteSource, options: OpenH5Options = {}): Promise<Keras3Reader> {
    let members: ZipMember[];
    try {
      members = await readZipDirectory(source);
    } catch (e) {
      const err = toSlimscopeError(e, source.name);
      throw bad(source.name, `This is not a readable .keras (ZIP) archive: ${err.problem}`, e);
    }
    const byName = new Map(members.map((m) => [m.name, m]));
    const weightsMember = byName.get(WEIGHTS);
    if (!weightsMember) {
      const npz = byName.has('model.weights.npz');
      throw new SlimscopeError({
        code: npz ? 'UNSUPPORTED' : 'BAD_FORMAT',
        file: source.name,
        problem: npz
          ? 'The archive stores its weights as model.weights.npz (weights_format="npz"), which holds pickled objects.'
          : `The archive has no ${WEIGHTS} (members: ${
              members
                .map((m) => m.name)
                .slice(0, 8)
                .join(', ') || 'none'
            }).`,
        hint: 'Save the model with model.save("model.keras") (the default HDF5 weights).',
      });
    }
    const warnings: SlimscopeError[] = [];
    const json = async (name: string): Promise<unknown> => {
      try {
        return await readJson(source, byName.get(name));
      } catch (e) {
        warnings.push(toSlimscopeError(e, `${source.name}:${name}`));
        return undefined;
      }
    };
    const config = await json(CONFIG);
    const metadata = await json(METADATA);
    if (config === undefined && warnings.length === 0)
      warnings.push(
        bad(`${source.name}:${CONFIG}`, 'The archive has no config.json; layer names are unknown.'),
      );
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_H5_BYTES;
    const h5 = await zipMemberSource(source, weightsMember, maxBytes);
    const weights = await KerasH5Reader.open(h5, options);
    const info: Keras3Info = {};
    const meta = metadata as { keras_version?: unknown } | undefined;
    if (typeof meta?.keras_version === 'string') info.kerasVersion = meta.keras_version;
    const cls = (config as { class_name?: unknown } | undefined)?.class_name;
    if (typeof cls === 'string') info.modelClass = cls;
    const reader = new Keras3Reader(source.name, weights, layersFromConfig(config), info);
    reader.warnings.push(...warnings);
    return reader;
  }

  private describe(
    v: CheckpointVariable,
    layers: ReadonlyMap<string, Keras3Layer>,
    stored: ReadonlyMap<string, number>,
  ): CheckpointVariable {
    const out: CheckpointVariable = { ...v };
    delete out.fullName;
    const m = VAR_PATH.exec(v.name);
    if (!m) return out;
    const [, group, index] = m as unknown as [string, string, string];
    const role = roleOf(group);
    if (role) {
      out.role = role;
      return out;
    }
    const layer = layers.get(group);
    // Newer Keras also records the layer's name on the `vars` group.
    const name = this.weights.stringAttribute(`/${group}/vars`, 'name') ?? layer?.name;
    if (!name) return out;
    // A layer with other variables than its class usually makes (LoRA, quantized) keeps the indices.
    const varNames = layer?.varNames?.length === stored.get(group) ? layer?.varNames : undefined;
    out.fullName = `${name}/${varNames?.[Number(index)] ?? index}`;
    if (layer) out.layerClass = layer.className;
    return out;
  }

  readTensor(name: string): Promise<TensorData> {
    return this.weights.readTensor(name);
  }

  close(): void {
    this.weights.close();
  }
}

export function openKeras3(source: ByteSource, options?: OpenH5Options): Promise<Keras3Reader> {
  return Keras3Reader.open(source, options);
}

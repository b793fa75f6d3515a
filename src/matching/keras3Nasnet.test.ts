/**
 * A Keras 3 `.keras` NASNetMobile (keras.applications.NASNetMobile, model.save) read by the Keras 3
 * reader: its stored names say nothing (`layers/conv2d_17/vars/0`); the layer names from config.json
 * (as fullName) let the matcher map it with zero clicks. The layers and their Slim ground truth come
 * from testdata/kerasNasnet.ts (keras' nasnet.py walked in build order).
 */
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../formats/bytes/readChecks';
import { openKeras3 } from '../formats/keras3/keras3Reader';
import { nasnetVariables } from '../model/nasnet/variables';
import { writeKeras3, type Keras3TestLayer } from '../testing/keras3Writer';
import { createSession } from './session';
import { simulateUser } from '../testing/matching/simulateUser';
import { KERAS_MOBILE, kerasNasnetWeights } from '../testing/matching/kerasNasnet';

function classOf(layer: string, leaf: string): string {
  if (layer === 'predictions') return 'Dense';
  if (leaf === 'kernel') return 'Conv2D';
  if (leaf === 'depthwise_kernel') return 'SeparableConv2D';
  return 'BatchNormalization';
}

/** NASNetMobile's layers in build order, with the Slim name of each variable. */
function mobileLayers(): { layers: Keras3TestLayer[]; slimOf: Map<string, string> } {
  const layers: Keras3TestLayer[] = [];
  const slimOf = new Map<string, string>();
  for (const w of kerasNasnetWeights({ ...KERAS_MOBILE, scoped: false })) {
    const [layer, leaf] = w.name.split('/') as [string, string];
    let last = layers.at(-1);
    if (last?.name !== layer) {
      const className = classOf(layer, leaf);
      last = { name: layer, className, config: className === 'Dense' ? {} : { use_bias: false }, vars: [] };
      layers.push(last);
    }
    const size = w.shape.reduce((a, b) => a * b, 1);
    last.vars!.push({ shape: w.shape, values: new Float32Array(size) });
    slimOf.set(w.name, w.slim);
  }
  return { layers, slimOf };
}

describe('Keras 3 NASNetMobile (.keras)', () => {
  it('maps to the TF-Slim graph with zero clicks through the config.json layer names', async () => {
    const { layers, slimOf } = mobileLayers();
    const reader = await openKeras3(memoryByteSource('nasnet_mobile.keras', await writeKeras3(layers)));
    expect(reader.warnings).toEqual([]);
    const weights = reader.variables.filter((v) => v.role === 'weight');
    expect(weights.length).toBe(slimOf.size);
    expect(weights.every((v) => /^layers\/[a-z_0-9]+\/vars\/\d+$/.test(v.name))).toBe(true);
    const truth = new Map(weights.map((v) => [slimOf.get(v.fullName!)!, v.name]));
    expect(truth.size).toBe(slimOf.size);
    const graph = nasnetVariables('nasnet-mobile', 'inference');
    expect(truth.size).toBe(graph.length);
    const r = simulateUser(createSession(reader.variables, graph), truth, 50);
    expect(r.log).toEqual([]);
    for (const g of graph)
      expect([g.name, r.session.pairs.get(g.name)?.checkpoint]).toEqual([g.name, truth.get(g.name)]);
    // Control: the stored names alone (no config.json) do not carry the mapping.
    const bare = reader.variables.map(({ fullName: _, ...v }) => v);
    expect(simulateUser(createSession(bare, graph), truth, 5).log.length).toBeGreaterThan(0);
    reader.close();
  });
});

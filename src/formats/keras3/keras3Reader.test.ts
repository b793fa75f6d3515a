import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SlimscopeError } from '../../base/errors';
import { memoryByteSource } from '../bytes/readChecks';
import { writeKeras3, type Keras3TestLayer } from '../../testing/keras3Writer';
import { openKeras3 } from './keras3Reader';
import { layersFromConfig, toSnakeCase } from './kerasConfig';
import { listWeightSources } from '../registry';

const LAYERS: Keras3TestLayer[] = [
  { name: 'stem_conv1', className: 'Conv2D', config: { use_bias: false }, vars: [{ shape: [3, 3, 3, 4] }] },
  {
    name: 'stem_bn1',
    className: 'BatchNormalization',
    vars: [{ shape: [4] }, { shape: [4] }, { shape: [4] }, { shape: [4] }],
  },
  { name: 'relu', className: 'Activation' },
  {
    name: 'sep',
    className: 'SeparableConv2D',
    config: { use_bias: false },
    vars: [{ shape: [5, 5, 4, 1] }, { shape: [1, 1, 4, 8] }],
  },
  { name: 'proj', className: 'Conv2D', vars: [{ shape: [1, 1, 8, 2] }, { shape: [2] }] },
  {
    name: 'norm_no_scale',
    className: 'BatchNormalization',
    config: { scale: false },
    vars: [{ shape: [2] }, { shape: [2] }, { shape: [2] }],
  },
  { name: 'predictions', className: 'Dense', vars: [{ shape: [2, 3] }, { shape: [3] }] },
];

const open = async (bytes: Uint8Array, name = 'model.keras') => openKeras3(memoryByteSource(name, bytes));

const EXPECTED = [
  ['layers/conv2d/vars/0', 'stem_conv1/kernel', 'Conv2D', [3, 3, 3, 4]],
  ['layers/batch_normalization/vars/0', 'stem_bn1/gamma', 'BatchNormalization', [4]],
  ['layers/batch_normalization/vars/1', 'stem_bn1/beta', 'BatchNormalization', [4]],
  ['layers/batch_normalization/vars/2', 'stem_bn1/moving_mean', 'BatchNormalization', [4]],
  ['layers/batch_normalization/vars/3', 'stem_bn1/moving_variance', 'BatchNormalization', [4]],
  ['layers/separable_conv2d/vars/0', 'sep/depthwise_kernel', 'SeparableConv2D', [5, 5, 4, 1]],
  ['layers/separable_conv2d/vars/1', 'sep/pointwise_kernel', 'SeparableConv2D', [1, 1, 4, 8]],
  ['layers/conv2d_1/vars/0', 'proj/kernel', 'Conv2D', [1, 1, 8, 2]],
  ['layers/conv2d_1/vars/1', 'proj/bias', 'Conv2D', [2]],
  ['layers/batch_normalization_1/vars/0', 'norm_no_scale/beta', 'BatchNormalization', [2]],
  ['layers/batch_normalization_1/vars/1', 'norm_no_scale/moving_mean', 'BatchNormalization', [2]],
  ['layers/batch_normalization_1/vars/2', 'norm_no_scale/moving_variance', 'BatchNormalization', [2]],
  ['layers/dense/vars/0', 'predictions/kernel', 'Dense', [2, 3]],
  ['layers/dense/vars/1', 'predictions/bias', 'Dense', [3]],
];

describe('toSnakeCase (Keras naming.to_snake_case)', () => {
  it('names groups as Keras does', () => {
    expect(
      [
        'Conv2D',
        'BatchNormalization',
        'SeparableConv2D',
        'Dense',
        'DepthwiseConv2D',
        'LayerNormalization',
      ].map(toSnakeCase),
    ).toEqual([
      'conv2d',
      'batch_normalization',
      'separable_conv2d',
      'dense',
      'depthwise_conv2d',
      'layer_normalization',
    ]);
  });
});

describe('layersFromConfig', () => {
  it('numbers groups per class and follows nested models into their own layers list', () => {
    const layer = (class_name: string, name: string, config: Record<string, unknown> = {}) => ({
      class_name,
      config: { name, ...config },
    });
    const config = {
      class_name: 'Functional',
      config: {
        layers: [
          layer('InputLayer', 'in'),
          layer('Dense', 'a', { use_bias: false }),
          {
            class_name: 'Sequential',
            config: { name: 'block', layers: [layer('InputLayer', 'x'), layer('Dense', 'inner')] },
          },
          layer('Dense', 'b'),
        ],
      },
    };
    expect([...layersFromConfig(config)]).toEqual([
      ['layers/input_layer', { name: 'in', className: 'InputLayer' }],
      ['layers/dense', { name: 'a', className: 'Dense', varNames: ['kernel'] }],
      ['layers/sequential', { name: 'block', className: 'Sequential' }],
      ['layers/sequential/layers/input_layer', { name: 'block/x', className: 'InputLayer' }],
      [
        'layers/sequential/layers/dense',
        { name: 'block/inner', className: 'Dense', varNames: ['kernel', 'bias'] },
      ],
      ['layers/dense_1', { name: 'b', className: 'Dense', varNames: ['kernel', 'bias'] }],
    ]);
    expect(layersFromConfig('not a config').size).toBe(0);
    expect(layersFromConfig({ config: { layers: [null, 3, { class_name: 7 }] } }).size).toBe(0);
  });
});

describe('openKeras3', () => {
  it('lists stored names with the Keras variable path and layer class from config.json', async () => {
    const r = await open(await writeKeras3(LAYERS, { optimizerVars: [[], [3, 3, 3, 4]] }));
    expect(r.format).toBe('keras3');
    expect(r.warnings).toEqual([]);
    const weights = r.variables.filter((v) => v.role === 'weight');
    expect(weights.map((v) => [v.name, v.fullName, v.layerClass, v.shape])).toEqual(EXPECTED);
    expect(weights.every((v) => v.dtype === 'float32')).toBe(true);
    expect(r.variables.filter((v) => v.role === 'optimizer_slot').map((v) => v.name)).toEqual([
      'optimizer/vars/0',
      'optimizer/vars/1',
    ]);
    expect(r.info).toEqual({ kerasVersion: '3.6.0', modelClass: 'Functional' });
  });

  it('reads values (writer: layer index + var index / 10 + element / 1000)', async () => {
    const r = await open(await writeKeras3(LAYERS));
    const t = await r.readTensor('layers/conv2d_1/vars/1');
    expect(t.shape).toEqual([2]);
    expect(Array.from(t.values as Float32Array)).toEqual([4.1, 4.101].map(Math.fround));
    const k = await r.readTensor('layers/conv2d/vars/0');
    expect((k.values as Float32Array).length).toBe(108);
    expect((k.values as Float32Array)[107]).toBeCloseTo(0.107, 6);
  });

  it('takes layer names from the vars group attribute (newer Keras) and orders vars numerically', async () => {
    const many: Keras3TestLayer[] = Array.from({ length: 12 }, (_, i) => ({
      name: `fc${i}`,
      className: 'Dense',
      vars: [{ shape: [1, 1] }, { shape: [1] }],
    }));
    const r = await open(await writeKeras3(many, { recordNames: true, modelClass: 'Sequential' }));
    expect(r.variables.map((v) => v.fullName)).toEqual(
      many.flatMap((l) => [`${l.name}/kernel`, `${l.name}/bias`]),
    );
    expect(r.variables.map((v) => v.name).slice(20)).toEqual([
      'layers/dense_10/vars/0',
      'layers/dense_10/vars/1',
      'layers/dense_11/vars/0',
      'layers/dense_11/vars/1',
    ]);
  });

  it('reads a deflated weights member too', async () => {
    const r = await open(await writeKeras3(LAYERS, { deflateWeights: true }));
    expect(r.variables.length).toBe(EXPECTED.length);
    expect(Array.from((await r.readTensor('layers/dense/vars/1')).values as Float32Array)).toEqual(
      [6.1, 6.101, 6.102].map(Math.fround),
    );
  });

  it('keeps stored names and warns when config.json is missing', async () => {
    const r = await open(await writeKeras3(LAYERS, { omit: 'config.json' }));
    expect(r.variables.map((v) => v.name)).toContain('layers/conv2d_1/vars/1');
    expect(r.variables.every((v) => v.fullName === undefined)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['BAD_FORMAT']);
  });

  it('falls back to var indices when the stored count disagrees with the class', async () => {
    const odd: Keras3TestLayer[] = [
      {
        name: 'lora_dense',
        className: 'Dense',
        vars: [{ shape: [2, 2] }, { shape: [2] }, { shape: [2, 1] }],
      },
    ];
    const r = await open(await writeKeras3(odd));
    expect(r.variables.map((v) => v.fullName)).toEqual(['lora_dense/0', 'lora_dense/1', 'lora_dense/2']);
  });

  it('bad input ends in a typed error', async () => {
    const noWeights = await writeKeras3(LAYERS, { omit: 'model.weights.h5' });
    await expect(open(noWeights)).rejects.toMatchObject({ code: 'BAD_FORMAT', file: 'model.keras' });
    await expect(open(new Uint8Array(100).fill(7))).rejects.toBeInstanceOf(SlimscopeError);
    const good = await writeKeras3(LAYERS);
    await expect(open(good.slice(0, good.length - 30))).rejects.toBeInstanceOf(SlimscopeError);
    const e = await open(good.slice(0, good.length >> 1)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SlimscopeError);
  });
});

describe('.keras files by their first bytes, not their name', () => {
  it('zip → Keras 3 archive, HDF5 → Keras 2 weights, anything else → a typed error', async () => {
    const zip = await writeKeras3(LAYERS);
    const h5 = unzipSync(zip)['model.weights.h5']!;
    const [k3, k2, junk] = await listWeightSources([
      memoryByteSource('a.keras', zip),
      memoryByteSource('b.keras', h5),
      memoryByteSource('c.keras', new TextEncoder().encode('not a model')),
    ]);
    expect([k3, k2, junk].map((s) => s?.formatId)).toEqual(['keras3', 'keras3', 'keras3']);
    expect((await k3!.open()).format).toBe('keras3');
    const h5Reader = await k2!.open();
    expect(h5Reader.format).toBe('keras-h5');
    expect(h5Reader.variables.map((v) => v.name)).toContain('layers/conv2d_1/vars/1');
    await expect(junk!.open()).rejects.toMatchObject({ code: 'BAD_FORMAT', file: 'c.keras' });
  });
});

/**
 * Zero clicks on naming schemes found in the wild, each built from its framework's model code
 * (testdata/kerasNasnet.ts, testdata/torchNasnet.ts) or from Slim's own names with the
 * decorations training leaves (scopes, EMA copies, optimizer slots, `:0`). The scripted user
 * counts the clicks the external check counts.
 */
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../formats/openNode';
import type { NasnetModelName } from '../model/nasnet/configs';
import { nasnetVariables } from '../model/nasnet/variables';
import { fixture, haveSharedFixtures } from '../testing/fixtures';
import { buildReport } from './report';
import { createSession } from './session';
import {
  checkpointVariable,
  expectZeroClicks,
  inferenceVariables,
  type PortedCheckpoint,
} from '../testing/matching/zeroClicks';
import {
  KERAS_LARGE,
  KERAS_MOBILE,
  kerasNasnetCheckpoint,
  kerasNasnetWeights,
} from '../testing/matching/kerasNasnet';
import { torchNasnetCheckpoint, type TorchPortOptions } from '../testing/matching/torchNasnet';
import type { MatchCheckpointVariable } from './types';

describe.skipIf(!haveSharedFixtures())('the Keras generator', () => {
  it('reproduces the real Keras NASNetMobile checkpoint name for name, shape for shape', async () => {
    const reader = await openNodeCheckpoint(
      fixture('keras-nasnetmobile-index-only', 'variables', 'variables'),
    );
    const real = reader.variables.filter((v) => v.role === 'weight').map((v) => [v.name, v.shape]);
    const generated = kerasNasnetWeights(KERAS_MOBILE).map((v) => [v.name, v.shape]);
    expect(new Map(generated as Array<[string, number[]]>)).toEqual(
      new Map(real as Array<[string, number[]]>),
    );
  });
});

describe('Keras naming, zero clicks', () => {
  for (const [label, o, model] of [
    ['NASNetMobile', KERAS_MOBILE, 'nasnet-mobile'],
    ['NASNetLarge', KERAS_LARGE, 'nasnet-large'],
  ] as const) {
    it(`${label}, name scopes of a TF1 SavedModel`, () => {
      expectZeroClicks(model, kerasNasnetCheckpoint(o));
    });

    it(`${label}, flat TF2 layer names with ':0'`, () => {
      const { variables, truth } = kerasNasnetCheckpoint({ ...o, scoped: false });
      expectZeroClicks(model, {
        variables: variables.map((v) => ({ ...v, name: `${v.name}:0` })),
        truth: new Map([...truth].map(([g, c]) => [g, `${c}:0`])),
      });
    });

    it(`${label}, .h5 layout (layer/layer/weight:0 full names)`, () => {
      const { variables, truth } = kerasNasnetCheckpoint({ ...o, scoped: false });
      const h5 = variables.map((v) => ({ ...v, fullName: `${v.name.split('/')[0]}/${v.name}:0` }));
      expectZeroClicks(model, { variables: h5, truth });
    });
  }
});

describe('PyTorch ports (Cadene pretrainedmodels, timm), zero clicks', () => {
  const ports: Array<[string, NasnetModelName, TorchPortOptions]> = [
    [
      'Cadene nasnetamobile',
      'nasnet-mobile',
      { numBlocks: 4, mobileNumbering: true, classes: 1000, batchesTracked: false, prefix: '' },
    ],
    [
      'Cadene nasnetamobile, DataParallel, 1001 classes, num_batches_tracked',
      'nasnet-mobile',
      { numBlocks: 4, mobileNumbering: true, classes: 1001, batchesTracked: true, prefix: 'module.' },
    ],
    [
      'Cadene nasnetalarge (1001 classes)',
      'nasnet-large',
      { numBlocks: 6, mobileNumbering: false, classes: 1001, batchesTracked: false, prefix: '' },
    ],
    [
      'timm nasnetalarge (1000 classes, num_batches_tracked)',
      'nasnet-large',
      { numBlocks: 6, mobileNumbering: false, classes: 1000, batchesTracked: true, prefix: '' },
    ],
    [
      'timm nasnetalarge under module.',
      'nasnet-large',
      { numBlocks: 6, mobileNumbering: false, classes: 1000, batchesTracked: true, prefix: 'module.' },
    ],
  ];
  for (const [label, model, o] of ports) {
    it(label, () => {
      const ckpt = torchNasnetCheckpoint(inferenceVariables(model), o);
      expectZeroClicks(model, ckpt);
      const report = buildReport(createSession(ckpt.variables, inferenceVariables(model)));
      expect(report.unused).toEqual([]);
    });
  }
});

describe('Slim checkpoints of every model, zero clicks', () => {
  const models: NasnetModelName[] = ['nasnet-mobile', 'nasnet-large', 'nasnet-cifar'];
  /** A training-mode checkpoint (aux head included) as Slim's train script writes it. */
  function slimCheckpoint(
    model: NasnetModelName,
    prefix: string,
    raw: boolean,
    ema: boolean,
  ): PortedCheckpoint {
    const variables: MatchCheckpointVariable[] = [];
    for (const g of nasnetVariables(model, 'training')) {
      const name = `${prefix}${g.name}`;
      if (raw) variables.push(checkpointVariable(name, g.shape, 'weight'));
      if (ema) variables.push(checkpointVariable(`${name}/ExponentialMovingAverage`, g.shape, 'ema'));
      if (raw) variables.push(checkpointVariable(`${name}/RMSProp`, g.shape, 'optimizer_slot'));
      if (raw) variables.push(checkpointVariable(`${name}/Momentum`, g.shape, 'optimizer_slot'));
    }
    variables.push({ name: 'global_step', shape: [], dtype: 'int64', role: 'bookkeeping' });
    const truth = new Map(
      inferenceVariables(model).map((g) => [
        g.name,
        `${prefix}${g.name}${raw ? '' : '/ExponentialMovingAverage'}`,
      ]),
    );
    return { variables, truth };
  }

  for (const model of models) {
    for (const prefix of ['', 'NASNet/', 'tower_0/', 'model/clone_1/']) {
      it(`${model} '${prefix}': raw + EMA + slots; training aux head left unused`, () => {
        const ckpt = slimCheckpoint(model, prefix, true, true);
        expectZeroClicks(model, ckpt);
        const report = buildReport(createSession(ckpt.variables, inferenceVariables(model)));
        expect(report.unused.length).toBeGreaterThan(0);
        expect(report.unused.every((n) => /^(?:.*\/)?aux_\d+\//.test(n))).toBe(true);
      });

      it(`${model} '${prefix}': EMA only, and the EMA switch`, () => {
        expectZeroClicks(model, slimCheckpoint(model, prefix, false, true));
        const both = slimCheckpoint(model, prefix, true, true);
        const emaTruth = new Map([...both.truth].map(([g, c]) => [g, `${c}/ExponentialMovingAverage`]));
        expectZeroClicks(model, { variables: both.variables, truth: emaTruth }, true);
      });
    }

    it(`${model}: names with ':0'`, () => {
      const variables = nasnetVariables(model, 'training').map((g) =>
        checkpointVariable(`${g.name}:0`, g.shape, 'weight'),
      );
      expectZeroClicks(model, {
        variables,
        truth: new Map(inferenceVariables(model).map((g) => [g.name, `${g.name}:0`])),
      });
    });
  }
});

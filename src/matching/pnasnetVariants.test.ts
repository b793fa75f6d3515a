/**
 * PNASNet-5 checkpoints map with zero clicks: TF-Slim's own names (any prefix, EMA copies,
 * optimizer slots, `:0`, the global steps), the real oracle checkpoint, and Cadene's PyTorch port
 * PNASNet5Large (testdata/torchPnasnet.ts, walked from its module code), whose every pair is also
 * checked against a second, rule-based derivation of the key from the Slim name.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../formats/openNode';
import type { PnasnetModelName } from '../model/modelTypes';
import { pnasnetGraph } from '../model/pnasnet/graph';
import { oracleDir } from '../testing/fixtures';
import { buildReport } from './report';
import { createSession } from './session';
import { simulateUser } from '../testing/matching/simulateUser';
import {
  checkpointVariable,
  expectZeroClicks,
  inferenceVariables,
  type PortedCheckpoint,
} from '../testing/matching/zeroClicks';
import { torchPnasnetLargeCheckpoint, type TorchPnasnetOptions } from '../testing/matching/torchPnasnet';
import type { MatchCheckpointVariable } from './types';

const TORCH_BN: Record<string, string> = {
  gamma: 'weight',
  beta: 'bias',
  moving_mean: 'running_mean',
  moving_variance: 'running_var',
};
const UNITS: Record<string, string> = {
  '1x1': 'conv_1x1.conv',
  beginning_bn: 'conv_1x1.bn',
  prev_1x1: 'conv_prev_1x1.conv',
  prev_bn: 'conv_prev_1x1.bn',
  path1_conv: 'conv_prev_1x1.path_1.conv',
  path2_conv: 'conv_prev_1x1.path_2.conv',
  final_path_bn: 'conv_prev_1x1.final_path_bn',
};

/** Slim name → PNASNet5Large key by naming rules alone (the independent derivation). */
function cadeneKey(slim: string): string {
  const parts = slim.split('/');
  const leaf = parts.pop() as string;
  const param =
    TORCH_BN[leaf] ??
    { weights: 'weight', biases: 'bias', depthwise_weights: 'depthwise_conv2d.weight' }[leaf] ??
    'pointwise_conv2d.weight';
  const [cell, a, side, op] = parts;
  if (cell === 'conv0') return `conv_0.conv.${param}`;
  if (cell === 'conv0_bn') return `conv_0.bn.${param}`;
  if (cell === 'final_layer') return `last_linear.${param}`;
  if (parts.length === 2) return `${cell}.${UNITS[a as string]}.${param}`;
  const sep = /^(separable|bn_sep)_(\d)x\2_(\d)$/.exec(op ?? '');
  const unit = sep ? `${sep[1]}_${sep[3]}` : op === '1x1' ? 'conv' : 'bn';
  return `${cell}.${a}_${side}.${unit}.${param}`;
}

describe('Cadene PNASNet5Large (pretrainedmodels), zero clicks', () => {
  it('the module walk and the naming rules give the same key for every Slim variable, with transposed shapes', () => {
    const { keys, truth } = torchPnasnetLargeCheckpoint({ classes: 1001, batchesTracked: false, prefix: '' });
    const graph = inferenceVariables('pnasnet-large');
    expect(keys).toHaveLength(graph.length);
    expect(new Set(keys.map((k) => k.slim))).toEqual(new Set(graph.map((g) => g.name)));
    const shapes = new Map(keys.map((k) => [k.slim, k.shape]));
    for (const g of graph) {
      expect([g.name, truth.get(g.name)]).toEqual([g.name, cadeneKey(g.name)]);
      const s = shapes.get(g.name) ?? [];
      const back =
        s.length === 4
          ? g.kind === 'depthwise_weights'
            ? [s[2], s[3], s[0], s[1]]
            : [s[2], s[3], s[1], s[0]]
          : s.length === 2
            ? [s[1], s[0]]
            : s;
      expect([g.name, back]).toEqual([g.name, g.shape]);
    }
  });

  const ports: Array<[string, TorchPnasnetOptions]> = [
    ['1001 classes (the released state dict)', { classes: 1001, batchesTracked: false, prefix: '' }],
    [
      '1001 classes, DataParallel, num_batches_tracked',
      { classes: 1001, batchesTracked: true, prefix: 'module.' },
    ],
    [
      '1000 classes (the imagenet setting drops the background row)',
      { classes: 1000, batchesTracked: true, prefix: '' },
    ],
  ];
  for (const [label, o] of ports) {
    it(label, () => {
      const ckpt = torchPnasnetLargeCheckpoint(o);
      expectZeroClicks('pnasnet-large', ckpt);
      expect(buildReport(createSession(ckpt.variables, inferenceVariables('pnasnet-large'))).unused).toEqual(
        [],
      );
    });
  }
});

describe('Slim PNASNet-5 checkpoints, zero clicks', () => {
  /** A training-mode checkpoint (aux head, global steps) as Slim's train script writes it. */
  function slimCheckpoint(
    model: PnasnetModelName,
    prefix: string,
    raw: boolean,
    ema: boolean,
  ): PortedCheckpoint {
    const graph = pnasnetGraph(model, 'training');
    const variables: MatchCheckpointVariable[] = [];
    for (const g of graph.variables) {
      const name = `${prefix}${g.name}`;
      if (raw) variables.push(checkpointVariable(name, g.shape, 'weight'));
      if (ema) variables.push(checkpointVariable(`${name}/ExponentialMovingAverage`, g.shape, 'ema'));
      if (raw) variables.push(checkpointVariable(`${name}/RMSProp`, g.shape, 'optimizer_slot'));
      if (raw) variables.push(checkpointVariable(`${name}/RMSProp_1`, g.shape, 'optimizer_slot'));
    }
    const steps = ['global_step', ...(graph.globalStep ? [`${prefix}${graph.globalStep.name}`] : [])];
    for (const name of steps) variables.push({ name, shape: [], dtype: 'int64', role: 'bookkeeping' });
    const truth = new Map(
      inferenceVariables(model).map((g) => [
        g.name,
        `${prefix}${g.name}${raw ? '' : '/ExponentialMovingAverage'}`,
      ]),
    );
    return { variables, truth };
  }

  for (const model of ['pnasnet-mobile', 'pnasnet-large'] as const) {
    const aux = model === 'pnasnet-mobile' ? 'aux_5' : 'aux_7';
    for (const prefix of ['', 'PNASNet/', 'tower_0/', 'model/clone_1/']) {
      it(`${model} '${prefix}': raw + EMA + slots; training aux head left unused`, () => {
        const ckpt = slimCheckpoint(model, prefix, true, true);
        expectZeroClicks(model, ckpt);
        const report = buildReport(createSession(ckpt.variables, inferenceVariables(model)));
        expect(report.unused.length).toBeGreaterThan(0);
        expect(report.unused.every((n) => n.includes(`${aux}/`))).toBe(true);
      });

      it(`${model} '${prefix}': EMA only, and the EMA switch`, () => {
        expectZeroClicks(model, slimCheckpoint(model, prefix, false, true));
        const both = slimCheckpoint(model, prefix, true, true);
        const emaTruth = new Map([...both.truth].map(([g, c]) => [g, `${c}/ExponentialMovingAverage`]));
        expectZeroClicks(model, { variables: both.variables, truth: emaTruth }, true);
      });
    }

    it(`${model}: names with ':0'`, () => {
      const variables = pnasnetGraph(model, 'training').variables.map((g) =>
        checkpointVariable(`${g.name}:0`, g.shape, 'weight'),
      );
      expectZeroClicks(model, {
        variables,
        truth: new Map(inferenceVariables(model).map((g) => [g.name, `${g.name}:0`])),
      });
    });

    it(`${model}: the training graph maps its aux head too`, () => {
      const graph = pnasnetGraph(model, 'training').variables;
      const variables = graph.map((g) => checkpointVariable(`tower_0/${g.name}`, g.shape, 'weight'));
      const r = simulateUser(
        createSession(variables, graph),
        new Map(graph.map((g) => [g.name, `tower_0/${g.name}`])),
        50,
      );
      expect(r.log).toEqual([]);
    });
  }
});

const oraclePrefix = join(oracleDir, 'pnasnet-mobile', 'model.ckpt');

describe.skipIf(!existsSync(`${oraclePrefix}.index`))('the PNASNet-5 Mobile oracle checkpoint', () => {
  it('maps every inference variable exactly; only the aux head and global_step stay unused', async () => {
    const reader = await openNodeCheckpoint(oraclePrefix);
    const graph = inferenceVariables('pnasnet-mobile');
    const session = createSession(reader.variables, graph);
    for (const g of graph) expect(session.pairs.get(g.name)?.checkpoint, g.name).toBe(g.name);
    const report = buildReport(session);
    expect(report.unused.every((n) => n.startsWith('aux_5/'))).toBe(true);
    expect(report.unused).toHaveLength(12);
  });
});

/**
 * Detection of Cadene's PNASNet5Large state dict (pretrainedmodels; keys walked from its module
 * code in testing/matching/torchPnasnet.ts), with no model chosen: PNASNet-5 Large, inference, the
 * class count its `last_linear` says, and every checkpoint weight used. And TF-Slim's own PNASNet-5
 * training checkpoints (aux head, global steps, a tower prefix) in either mode.
 */
import { describe, expect, it } from 'vitest';
import { pnasnetGraph } from '../model/pnasnet/graph';
import { torchPnasnetLargeCheckpoint } from '../testing/matching/torchPnasnet';
import { detectModel } from './detectModel';
import type { MatchCheckpointVariable } from './types';

describe('detectModel on Cadene PNASNet5Large', () => {
  for (const [classes, batchesTracked, prefix] of [
    [1001, false, ''],
    [1001, true, 'module.'],
    [1000, true, ''],
  ] as const) {
    it(`${classes} classes${prefix ? `, '${prefix}'` : ''}${batchesTracked ? ', num_batches_tracked' : ''} → pnasnet-large, 0 unused weights`, () => {
      const { variables, truth } = torchPnasnetLargeCheckpoint({ classes, batchesTracked, prefix });
      const { detection, session } = detectModel(variables, { preferMode: 'training' });
      expect(detection.best.config).toEqual({
        model: 'pnasnet-large',
        mode: 'inference',
        numClasses: classes,
      });
      expect(detection.fit).toBe('complete');
      expect([detection.best.matched, detection.best.graphTotal]).toEqual([1179, 1179]);
      expect(detection.best.unused).toBe(0);
      expect(detection.classesFrom).toEqual({
        name: `${prefix}last_linear.weight`,
        shape: [classes, 4320],
      });
      expect(detection.summary).toBe(
        `PNASNet-5 Large, inference, ${classes} classes: covers 1179/1179 variables; ${classes} classes from ${prefix}last_linear.weight [${classes},4320].`,
      );
      for (const [slim, key] of truth)
        expect([slim, session.pairs.get(slim)?.checkpoint]).toEqual([slim, key]);
      // No background-row transform: the graph is built with the port's own class count.
      const fc = session.pairs.get('final_layer/FC/weights');
      expect(JSON.stringify(fc?.transform ?? null)).not.toContain('background');
    });
  }
});

describe('detectModel on TF-Slim PNASNet-5 training checkpoints', () => {
  for (const [model, label, inference, training] of [
    ['pnasnet-mobile', 'PNASNet-5 Mobile', 933, 945],
    ['pnasnet-large', 'PNASNet-5 Large', 1179, 1191],
  ] as const) {
    it(`${model}: inference by default (the aux head left over), training when preferred (every weight)`, () => {
      const graph = pnasnetGraph(model, 'training');
      const variables: MatchCheckpointVariable[] = graph.variables.map((g) => ({
        name: `tower_0/${g.name}`,
        shape: g.shape,
        dtype: 'float32',
        role: 'weight',
      }));
      const steps = ['global_step', ...(graph.globalStep ? [`tower_0/${graph.globalStep.name}`] : [])];
      for (const name of steps) variables.push({ name, shape: [], dtype: 'int64', role: 'bookkeeping' });
      const byDefault = detectModel(variables).detection;
      expect(byDefault.best.config).toEqual({ model, mode: 'inference', numClasses: 1001 });
      expect(byDefault.summary).toMatch(
        new RegExp(`^${label}, inference, 1001 classes: covers ${inference}/${inference} variables`),
      );
      expect(byDefault.best.unused).toBe(training - inference);
      const preferred = detectModel(variables, { preferMode: 'training' }).detection;
      expect(preferred.best.config).toEqual({ model, mode: 'training', numClasses: 1001 });
      expect([preferred.best.matched, preferred.best.graphTotal, preferred.best.unused]).toEqual([
        training,
        training,
        0,
      ]);
    });
  }
});

/**
 * Detection of Cadene's PNASNet5Large state dict (pretrainedmodels; keys walked from its module
 * code in testing/matching/torchPnasnet.ts), with no model chosen: PNASNet-5 Large, inference, the
 * class count its `last_linear` says, and every checkpoint weight used.
 */
import { describe, expect, it } from 'vitest';
import { torchPnasnetLargeCheckpoint } from '../testing/matching/torchPnasnet';
import { detectModel } from './detectModel';

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

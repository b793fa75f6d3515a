/**
 * Detection on checkpoints of every naming scheme and class layout the tests can build: Keras and
 * PyTorch 1000-class ports, Slim CIFAR/Large training checkpoints, the real NASNet oracle, a
 * CIFAR-100 head, and real fixtures that are no NASNet at all.
 */
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../formats/openNode';
import { nasnetVariables } from '../model/nasnet/variables';
import type { NasnetModelName } from '../model/nasnet/configs';
import { fixture, haveSharedFixtures, oracleDir } from '../testing/fixtures';
import { MODEL_CATALOGUE } from '../model/catalogue';
import { detectModel } from './detectModel';
import { KERAS_LARGE, KERAS_MOBILE, kerasNasnetCheckpoint } from '../testing/matching/kerasNasnet';
import { torchNasnetCheckpoint } from '../testing/matching/torchNasnet';
import type { MatchCheckpointVariable } from './types';
import { join } from 'node:path';

const weight = (name: string, shape: number[]): MatchCheckpointVariable => ({
  name,
  shape,
  dtype: 'float32',
  role: 'weight',
});

/** A Slim training checkpoint (aux head included) with any class count. */
function slimCheckpoint(model: NasnetModelName, numClasses?: number, prefix = ''): MatchCheckpointVariable[] {
  return nasnetVariables(model, 'training', numClasses).map((g) => weight(`${prefix}${g.name}`, g.shape));
}

const noClassTransforms = (pairs: Iterable<{ transform: unknown }>): boolean =>
  [...pairs].every((p) => !JSON.stringify(p.transform ?? null).includes('background'));

describe('detectModel', () => {
  it('a 1000-class Keras NASNetMobile builds a 1000-class Mobile graph, no background row', () => {
    const { detection, session } = detectModel(kerasNasnetCheckpoint(KERAS_MOBILE).variables);
    expect(detection.best.config).toEqual({ model: 'nasnet-mobile', mode: 'inference', numClasses: 1000 });
    expect(detection.fit).toBe('complete');
    expect([detection.best.matched, detection.best.graphTotal]).toEqual([1126, 1126]);
    expect(detection.classesFrom).toEqual({
      name: expect.stringMatching(/predictions/),
      shape: [1056, 1000],
    });
    expect(detection.summary).toMatch(
      /^NASNet-A Mobile, inference, 1000 classes: covers 1126\/1126 variables/,
    );
    expect(noClassTransforms(session.pairs.values())).toBe(true);
  });

  it('a 1000-class Keras NASNetLarge → Large, 1000 classes, every variable', () => {
    const { detection } = detectModel(kerasNasnetCheckpoint(KERAS_LARGE).variables);
    expect(detection.best.config).toEqual({ model: 'nasnet-large', mode: 'inference', numClasses: 1000 });
    expect(detection.summary).toMatch(
      /^NASNet-A Large, inference, 1000 classes: covers 1546\/1546 variables/,
    );
  });

  it('a timm nasnetalarge state dict (PyTorch layout, 1000 classes) → Large, 1000 classes', () => {
    const { variables } = torchNasnetCheckpoint(nasnetVariables('nasnet-large', 'inference'), {
      numBlocks: 6,
      mobileNumbering: false,
      classes: 1000,
      batchesTracked: true,
      prefix: 'module.',
    });
    const { detection, session } = detectModel(variables);
    expect(detection.best.config).toEqual({ model: 'nasnet-large', mode: 'inference', numClasses: 1000 });
    expect(detection.fit).toBe('complete');
    expect(noClassTransforms(session.pairs.values())).toBe(true);
  });

  it('a Slim CIFAR training checkpoint → CIFAR, 10 classes; the preferred mode is kept when both fit', () => {
    const ckpt = slimCheckpoint('nasnet-cifar', undefined, 'tower_0/');
    const inference = detectModel(ckpt).detection;
    expect(inference.best.config).toEqual({ model: 'nasnet-cifar', mode: 'inference', numClasses: 10 });
    expect(inference.fit).toBe('complete');
    const training = detectModel(ckpt, { preferMode: 'training' }).detection;
    expect(training.best.config).toEqual({ model: 'nasnet-cifar', mode: 'training', numClasses: 10 });
    expect([training.best.matched, training.best.graphTotal]).toEqual([1436, 1436]);
  });

  it('training is not kept when the checkpoint has no aux head', () => {
    const ckpt = nasnetVariables('nasnet-large', 'inference').map((g) => weight(g.name, g.shape));
    const { detection } = detectModel(ckpt, { preferMode: 'training' });
    expect(detection.best.config).toEqual({ model: 'nasnet-large', mode: 'inference', numClasses: 1001 });
  });

  it('any class count: a CIFAR-100 head builds a 100-class CIFAR graph', () => {
    const { detection } = detectModel(slimCheckpoint('nasnet-cifar', 100));
    expect(detection.best.config).toEqual({ model: 'nasnet-cifar', mode: 'inference', numClasses: 100 });
    expect(detection.fit).toBe('complete');
    expect(detection.classesFrom?.shape).toEqual([768, 100]);
  });

  it('ranks every configuration tried, best first', () => {
    const { detection } = detectModel(slimCheckpoint('nasnet-mobile'));
    const models = new Set(detection.ranked.map((s) => s.config.model));
    expect(models).toEqual(new Set(MODEL_CATALOGUE.map((m) => m.name)));
    expect(detection.ranked[0]).toEqual(detection.best);
    const matched = detection.ranked.filter((s) => !s.estimated);
    const cov = matched.map((s) => s.matched / s.graphTotal);
    expect([...cov].sort((a, b) => b - a)).toEqual(cov);
    // An estimate is an upper bound that could not beat the best.
    for (const s of detection.ranked.filter((x) => x.estimated))
      expect(s.matched / s.graphTotal).toBeLessThanOrEqual(cov[0] ?? 0);
  });
});

describe.skipIf(!haveSharedFixtures())('detectModel on real files', () => {
  it('the NASNet oracle checkpoint → Mobile, inference, 1001 classes', async () => {
    const reader = await openNodeCheckpoint(join(oracleDir, 'nasnet-mobile', 'model.ckpt'));
    const { detection } = detectModel(reader.variables);
    expect(detection.best.config).toEqual({ model: 'nasnet-mobile', mode: 'inference', numClasses: 1001 });
    expect(detection.summary).toBe(
      'NASNet-A Mobile, inference, 1001 classes: covers 1126/1126 variables; 1001 classes from final_layer/FC/weights [1056,1001].',
    );
  });

  it('the PNASNet-5 Mobile oracle checkpoint → PNASNet-5 Mobile (a later catalogue model joins detection)', async () => {
    const reader = await openNodeCheckpoint(join(oracleDir, 'pnasnet-mobile', 'model.ckpt'));
    const { detection } = detectModel(reader.variables);
    expect(detection.best.config).toMatchObject({
      model: 'pnasnet-mobile',
      mode: 'inference',
      numClasses: 1001,
    });
    expect(detection.fit).toBe('complete');
    expect(detection.summary).toMatch(
      /^PNASNet-5 Mobile, inference, 1001 classes: covers (\d+)\/\1 variables/,
    );
  });

  it('a checkpoint that is no NASNet says nothing fits, with the best coverage found', async () => {
    const reader = await openNodeCheckpoint(fixture('keras-iris-sharded-tf2', 'model.ckpt'));
    const { detection } = detectModel(reader.variables);
    expect(detection.fit).toBe('none');
    expect(detection.summary).toMatch(
      /^No known model fits this checkpoint well: the best, NASNet-A .+ covers \d+\/\d+ variables\.$/,
    );
  });
});

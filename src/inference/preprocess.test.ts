import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { topK } from './classify';
import { IMAGENET_SLIM_LABELS } from './labels/imagenetSlimLabels';
import { useNodeBackend } from './nodeBackend';
import { centralCropBox, preprocessInception, preprocessInceptionValues, type RgbImage } from './preprocess';

beforeAll(() => useNodeBackend('cpu'));

describe('centralCropBox', () => {
  it('follows tf.image.central_crop: start = int((n - 0.875n) / 2), size = n - 2·start', () => {
    expect(centralCropBox(224, 224)).toEqual({ top: 14, left: 14, height: 196, width: 196 });
    // 0.0625·333 = 20.8125 → 20; 0.0625·500 = 31.25 → 31
    expect(centralCropBox(333, 500)).toEqual({ top: 20, left: 31, height: 293, width: 438 });
  });
});

describe('preprocessInception', () => {
  it('maps 0 → -1 and 255 → 1 and keeps a constant image constant', () => {
    for (const [v, want] of [
      [0, -1],
      [255, 1],
    ] as const) {
      const img = { width: 40, height: 30, channels: 4 as const, data: new Uint8Array(40 * 30 * 4).fill(v) };
      const out = preprocessInception(img, 8);
      expect(out.shape).toEqual([8, 8, 3]);
      const values = out.dataSync();
      expect(Math.min(...values)).toBeCloseTo(want, 6);
      expect(Math.max(...values)).toBeCloseTo(want, 6);
      out.dispose();
    }
  });

  it('resizes with TF1 bilinear sampling (align_corners=False, no half-pixel offset)', () => {
    // A 16-wide ramp cropped to 14 columns (start 1) and resized to 7: TF1 samples source
    // column 2·j of the crop exactly, i.e. original column 1 + 2j.
    const width = 16;
    const data = new Uint8Array(width * 16 * 3);
    for (let y = 0; y < 16; y++)
      for (let x = 0; x < width; x++) data.fill(x * 10, (y * width + x) * 3, (y * width + x) * 3 + 3);
    const out = preprocessInception({ width, height: 16, channels: 3, data }, 7);
    const row = Array.from(out.dataSync().slice(0, 21)).filter((_, i) => i % 3 === 0);
    const want = [0, 1, 2, 3, 4, 5, 6].map((j) => (((1 + 2 * j) * 10) / 255) * 2 - 1);
    row.forEach((v, j) => expect(v).toBeCloseTo(want[j] ?? NaN, 5));
    out.dispose();
    expect(tf.memory().numTensors).toBe(0);
  });
});

/** The same preprocessing written with TF.js's own ops (cast, slice, resizeBilinear): the reference. */
function preprocessWithOps(image: RgbImage, size: number): Float32Array {
  return tf.tidy(() => {
    const pixels = tf.tensor3d(
      Int32Array.from(image.data),
      [image.height, image.width, image.channels],
      'int32',
    );
    const rgb = tf.slice(pixels, [0, 0, 0], [-1, -1, 3]);
    const unit = tf.mul(tf.cast(rgb, 'float32'), tf.scalar(1 / 255));
    const box = centralCropBox(image.height, image.width);
    const cropped = tf.slice(unit, [box.top, box.left, 0], [box.height, box.width, 3]);
    const resized = tf.image.resizeBilinear(cropped as tf.Tensor3D, [size, size], false, false);
    return tf.mul(tf.sub(resized, tf.scalar(0.5)), tf.scalar(2)).dataSync() as Float32Array;
  });
}

describe('preprocessInceptionValues', () => {
  it('equals TF.js resizeBilinear on the cropped image, for photos larger, smaller and odd-sized', () => {
    let seed = 7;
    const byte = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) & 255;
    for (const [width, height, channels, size] of [
      [512, 512, 4, 224],
      [640, 427, 3, 224],
      [100, 37, 4, 224],
      [451, 300, 4, 331],
      [1, 1, 3, 32],
    ] as const) {
      const image = {
        width,
        height,
        channels,
        data: Uint8Array.from({ length: width * height * channels }, byte),
      };
      const got = preprocessInceptionValues(image, size);
      const want = preprocessWithOps(image, size);
      expect(got.length).toBe(size * size * 3);
      let worst = 0;
      for (let i = 0; i < got.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
      expect(worst, `${width}x${height}x${channels} → ${size}`).toBeLessThan(1e-6);
    }
  });
});

describe('topK', () => {
  it('ranks logits with Slim labels (index 0 = background) and softmax probabilities', () => {
    const logits = new Float32Array(1001);
    logits[1] = 5;
    logits[0] = 4;
    logits[1000] = 3;
    const top = topK(logits, 3);
    expect(top.map((p) => p.index)).toEqual([1, 0, 1000]);
    expect(top[0]?.label).toBe('tench, Tinca tinca');
    expect(top[1]?.label).toBe('background');
    expect(top[2]?.label).toBe(IMAGENET_SLIM_LABELS[1000]);
    expect(top[0]!.probability / top[1]!.probability).toBeCloseTo(Math.E, 5);
  });

  it.each([1, 5, 7, 1001])('picks the same %s classes as a stable sort, ties by lower index', (k) => {
    let seed = 11;
    const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (let trial = 0; trial < 20; trial++) {
      // Few distinct values, so ties are everywhere; some rows shorter than k.
      const logits = Float32Array.from({ length: 1 + Math.floor(rand() * 60) }, () => Math.floor(rand() * 6));
      const sorted = Array.from(logits.keys()).sort((a, b) => (logits[b] ?? 0) - (logits[a] ?? 0));
      expect(topK(logits, k, []).map((p) => p.index)).toEqual(sorted.slice(0, k));
    }
  });
});

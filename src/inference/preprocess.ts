import * as tf from '@tensorflow/tfjs-core';

/** Decoded pixels, row-major, 3 (RGB) or 4 (RGBA; alpha ignored) bytes per pixel. */
export interface RgbImage {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/** TF-Slim inception eval preprocessing keeps the central 87.5% of the image. */
export const CENTRAL_FRACTION = 0.875;

export interface CropBox {
  top: number;
  left: number;
  height: number;
  width: number;
}

/** `tf.image.central_crop`: start = int((n - n·fraction) / 2), size = n - 2·start. */
export function centralCropBox(height: number, width: number, fraction = CENTRAL_FRACTION): CropBox {
  const top = Math.trunc((height - height * fraction) / 2);
  const left = Math.trunc((width - width * fraction) / 2);
  return { top, left, height: height - 2 * top, width: width - 2 * left };
}

/**
 * TF-Slim `inception_preprocessing.preprocess_for_eval`: to float in [0, 1], central crop,
 * bilinear resize with TF1 semantics (align_corners=False, half_pixel_centers=False), then
 * scale to [-1, 1]. Returns a [size, size, 3] float32 tensor.
 */
export function preprocessInception(image: RgbImage, size: number, fraction = CENTRAL_FRACTION): tf.Tensor3D {
  return tf.tidy(() => {
    const pixels = tf.tensor3d(
      Int32Array.from(image.data),
      [image.height, image.width, image.channels],
      'int32',
    );
    const rgb = image.channels === 4 ? tf.slice(pixels, [0, 0, 0], [-1, -1, 3]) : pixels;
    const unit = tf.mul(tf.cast(rgb, 'float32'), tf.scalar(1 / 255));
    const box = centralCropBox(image.height, image.width, fraction);
    const cropped = tf.slice(unit, [box.top, box.left, 0], [box.height, box.width, 3]);
    const resized = tf.image.resizeBilinear(cropped as tf.Tensor3D, [size, size], false, false);
    return tf.mul(tf.sub(resized, tf.scalar(0.5)), tf.scalar(2)) as tf.Tensor3D;
  });
}

/** Several images preprocessed into one NHWC batch. */
export function preprocessBatch(images: readonly RgbImage[], size: number): tf.Tensor4D {
  return tf.tidy(() => tf.stack(images.map((im) => preprocessInception(im, size))) as tf.Tensor4D);
}

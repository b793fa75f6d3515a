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

/** Byte → float32 in [0, 1] as `tf.image.convert_image_dtype` computes it (v · float32(1/255)). */
const UNIT = Float32Array.from({ length: 256 }, (_, v) => Math.fround(v * Math.fround(1 / 255)));

/** Where TF1 bilinear resizing (align_corners=False, no half-pixel offset) samples one axis. */
interface AxisTaps {
  lower: Int32Array;
  upper: Int32Array;
  fraction: Float32Array;
}

function axisTaps(inSize: number, outSize: number): AxisTaps {
  const scale = inSize / outSize;
  const taps = {
    lower: new Int32Array(outSize),
    upper: new Int32Array(outSize),
    fraction: new Float32Array(outSize),
  };
  for (let i = 0; i < outSize; i++) {
    const at = scale * i;
    const floor = Math.floor(at);
    taps.lower[i] = floor;
    taps.upper[i] = Math.min(inSize - 1, Math.ceil(at));
    taps.fraction[i] = at - floor;
  }
  return taps;
}

/**
 * TF-Slim `inception_preprocessing.preprocess_for_eval`: to float in [0, 1], central crop,
 * bilinear resize with TF1 semantics (align_corners=False, half_pixel_centers=False), then
 * scale to [-1, 1]. Returns [size, size, 3] float32 values, row-major.
 *
 * Plain JS straight from the decoded bytes: as TF.js ops it took a 4-byte-per-channel copy of
 * the whole image and a dozen kernels whose garbage was collected during the forward pass after it.
 */
export function preprocessInceptionValues(
  image: RgbImage,
  size: number,
  fraction = CENTRAL_FRACTION,
): Float32Array {
  const box = centralCropBox(image.height, image.width, fraction);
  const rows = axisTaps(box.height, size);
  const cols = axisTaps(box.width, size);
  const { data, channels } = image;
  const rowStride = image.width * channels;
  const out = new Float32Array(size * size * 3);
  let o = 0;
  for (let r = 0; r < size; r++) {
    const top = (box.top + rows.lower[r]!) * rowStride;
    const bottom = (box.top + rows.upper[r]!) * rowStride;
    const fy = rows.fraction[r]!;
    for (let c = 0; c < size; c++) {
      const left = (box.left + cols.lower[c]!) * channels;
      const right = (box.left + cols.upper[c]!) * channels;
      const fx = cols.fraction[c]!;
      for (let k = 0; k < 3; k++) {
        const tl = UNIT[data[top + left + k]!]!;
        const tr = UNIT[data[top + right + k]!]!;
        const bl = UNIT[data[bottom + left + k]!]!;
        const br = UNIT[data[bottom + right + k]!]!;
        const upper = tl + (tr - tl) * fx;
        const lower = bl + (br - bl) * fx;
        out[o++] = (upper + (lower - upper) * fy - 0.5) * 2;
      }
    }
  }
  return out;
}

/** `preprocessInceptionValues` as a [size, size, 3] tensor on the active backend. */
export function preprocessInception(image: RgbImage, size: number, fraction = CENTRAL_FRACTION): tf.Tensor3D {
  return tf.tensor3d(preprocessInceptionValues(image, size, fraction), [size, size, 3], 'float32');
}

/** Several images preprocessed into one NHWC batch. */
export function preprocessBatch(images: readonly RgbImage[], size: number): tf.Tensor4D {
  return tf.tidy(() => tf.stack(images.map((im) => preprocessInception(im, size))) as tf.Tensor4D);
}

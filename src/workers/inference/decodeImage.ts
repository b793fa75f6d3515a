import { SlimscopeError } from '../../base/errors';
import type { RgbImage } from '../../inference/preprocess';

export function cannotDecodeImage(name: string, cause: unknown): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file: name,
    problem: 'The browser cannot decode this image.',
    hint: 'Use a PNG, JPEG, WebP or GIF image, or a preprocessed .npy batch.',
    cause,
  });
}

/**
 * Decodes an image file to RGBA pixels as stored (no colour-space conversion, no premultiply),
 * where the model runs: the page hands over the file itself, so a large photo's pixels are never
 * copied on the page, kept there per run, or collected by its garbage collector mid-run.
 */
export async function decodeImageBlob(blob: Blob, name: string): Promise<RgbImage> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') {
    throw new SlimscopeError({
      code: 'UNSUPPORTED',
      file: name,
      problem: 'Images can only be decoded in a browser here.',
      hint: 'Pass a preprocessed .npy batch instead (NHWC, values in [-1, 1]).',
    });
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  } catch (e) {
    throw cannotDecodeImage(name, e);
  }
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx)
      throw new SlimscopeError({ code: 'UNSUPPORTED', file: name, problem: 'No 2D canvas here.', hint: '' });
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width, height, channels: 4, data };
  } finally {
    bitmap.close();
  }
}

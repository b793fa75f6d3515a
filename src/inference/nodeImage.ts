// Node only (CLI, tests): decodes PNG/JPEG files into RGBA pixels for preprocessing.
import { readFile } from 'node:fs/promises';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { SlimscopeError } from '../base/errors';
import type { RgbImage } from './preprocess';

const isPng = (b: Uint8Array): boolean => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array): boolean => b[0] === 0xff && b[1] === 0xd8;

/** Reads a PNG or JPEG (detected by its signature) as RGBA. */
export async function readImageFile(path: string): Promise<RgbImage> {
  const bytes = await readFile(path);
  try {
    if (isPng(bytes)) {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, channels: 4, data: png.data };
    }
    if (isJpeg(bytes)) {
      const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
      return { width: img.width, height: img.height, channels: 4, data: img.data };
    }
  } catch (e) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: path,
      problem: `The image could not be decoded (${e instanceof Error ? e.message : String(e)}).`,
      hint: 'Pass an intact PNG or JPEG file.',
      cause: e,
    });
  }
  throw new SlimscopeError({
    code: 'UNSUPPORTED',
    file: path,
    problem: 'This is neither a PNG nor a JPEG image.',
    hint: 'Convert it to PNG or JPEG.',
  });
}

import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import { decodeNpy } from '../../formats/numpy/npy';
import { cannotDecodeImage } from '../../workers/inference/decodeImage';
import type { ModelInput } from './verifyModel';
import type { VerifyInputView } from './verifySlice';

export interface DecodedInput {
  view: VerifyInputView;
  input: ModelInput;
}

/**
 * Checks that the browser can decode the image (off the main thread) and passes the file on: the
 * inference engine decodes it where the model runs, so its pixels never sit on the page.
 */
async function decodeImage(blob: Blob, name: string): Promise<DecodedInput> {
  try {
    const bitmap = await createImageBitmap(blob);
    bitmap.close();
  } catch (e) {
    throw cannotDecodeImage(name, e);
  }
  return { view: { name, thumbnailUrl: URL.createObjectURL(blob) }, input: { encoded: blob, name } };
}

/** A preprocessed NHWC float batch ([n,h,w,3] or [h,w,3], values in [-1, 1]) saved with numpy. */
async function decodeTensor(file: Blob, name: string): Promise<DecodedInput> {
  const t = decodeNpy(new Uint8Array(await file.arrayBuffer()), name);
  const c = t.shape[t.shape.length - 1];
  if ((t.shape.length !== 3 && t.shape.length !== 4) || c !== 3) {
    throw new SlimscopeError({
      code: 'SHAPE_MISMATCH',
      file: name,
      problem: `The array has shape [${t.shape.join(', ')}]; an input batch is [n, height, width, 3].`,
      hint: 'Save the preprocessed input (NHWC, values in [-1, 1]) with numpy.save.',
    });
  }
  const v = t.values;
  const values = v instanceof Float32Array ? v : v instanceof Float64Array ? Float32Array.from(v) : null;
  if (!values) {
    throw new SlimscopeError({
      code: 'DTYPE_MISMATCH',
      file: name,
      problem: `The array is ${t.dtype}; a preprocessed input is float32 or float64.`,
      hint: 'Save the preprocessed float input, or drop the image itself.',
    });
  }
  return { view: { name }, input: { tensor: { values, shape: t.shape } } };
}

/** A 2-D `.npy` ([n, classes]) dropped with the inputs is reference logits, not an input. */
async function isLogitsNpy(file: Blob, name: string): Promise<boolean> {
  if (!/\.npy$/i.test(name)) return false;
  const head = new TextDecoder('latin1').decode(new Uint8Array(await file.slice(0, 256).arrayBuffer()));
  const shape = /'shape':\s*\(([^)]*)\)/.exec(head)?.[1];
  return shape !== undefined && shape.split(',').filter((d) => d.trim() !== '').length === 2;
}

export interface DecodedFiles {
  inputs: DecodedInput[];
  /** Reference logits to compare the latest run with. */
  references: File[];
  errors: SlimscopeError[];
}

/** Decodes each file: `.npy` as a preprocessed batch (or reference logits), anything else as an image. */
export async function decodeInputs(files: readonly File[]): Promise<DecodedFiles> {
  const out: DecodedFiles = { inputs: [], references: [], errors: [] };
  for (const f of files) {
    try {
      if (await isLogitsNpy(f, f.name)) out.references.push(f);
      else
        out.inputs.push(
          /\.npy$/i.test(f.name) ? await decodeTensor(f, f.name) : await decodeImage(f, f.name),
        );
    } catch (e) {
      out.errors.push(toSlimscopeError(e, f.name));
    }
  }
  return out;
}

/** Fetches a built-in sample from the app's own origin and decodes it. */
export async function decodeSample(file: string, label: string): Promise<DecodedInput> {
  const res = await fetch(`${import.meta.env.BASE_URL}samples/${file}`);
  if (!res.ok) {
    throw new SlimscopeError({
      code: 'NOT_FOUND',
      file,
      problem: 'The sample image is missing.',
      hint: 'Rebuild the app.',
    });
  }
  const decoded = await decodeImage(await res.blob(), label);
  return decoded;
}

/** TF.js shard bytes → TensorData values: dequantization (tfjs-core io_utils.decodeWeights) and strings. */
import { SlimscopeError } from '../../base/errors';
import type { TensorValues } from '../checkpoint';
import { valuesFromBytes } from '../numpy/typedValues';
import { float16ToNumber } from '../stats/numbers';
import { elementCount, type TfjsWeightSpec } from './manifest';

/** Stored values of a quantized weight as numbers: q × scale + min, or the float16 value. */
function dequantize(spec: TfjsWeightSpec, bytes: Uint8Array): Float32Array | Int32Array {
  const q = spec.quantization!;
  const n = elementCount(spec.shape);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = spec.dtype === 'int32' ? new Int32Array(n) : new Float32Array(n);
  const round = spec.dtype === 'int32';
  if (q.dtype === 'float16') {
    for (let i = 0; i < n; i++) out[i] = float16ToNumber(view.getUint16(2 * i, true));
    return out;
  }
  const scale = q.scale!;
  const min = q.min!;
  for (let i = 0; i < n; i++) {
    const stored = q.dtype === 'uint8' ? bytes[i]! : view.getUint16(2 * i, true);
    const value = stored * scale + min;
    out[i] = round ? Math.round(value) : value;
  }
  return out;
}

/** A string tensor: per element a little-endian uint32 byte length, then the bytes. */
export function decodeStrings(bytes: Uint8Array, count: number, file: string): Uint8Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const length = at + 4 <= bytes.length ? view.getUint32(at, true) : -1;
    if (length < 0 || at + 4 + length > bytes.length) {
      throw new SlimscopeError({
        code: 'BAD_FORMAT',
        file,
        problem: `String element ${i} of ${count} runs past the tensor's bytes.`,
        hint: 'The shard files are damaged or belong to another model.json.',
      });
    }
    out.push(bytes.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

export function decodeWeight(spec: TfjsWeightSpec, bytes: Uint8Array, file: string): TensorValues {
  if (spec.dtype === 'string') return decodeStrings(bytes, elementCount(spec.shape), file);
  if (spec.quantization) return dequantize(spec, bytes);
  return valuesFromBytes(spec.dtype, bytes, file);
}

import { SlimscopeError } from '../../base/errors';
import type { DType, TensorValues } from '../checkpoint';
import { int64ToBigInt, type tensorflow } from './proto';
import { fixedValues } from './tensorBytes';

type TensorProto = tensorflow.ITensorProto;

/**
 * Values of a V1 SavedSlice's TensorProto: raw `tensor_content` when present, else the typed
 * repeated field TF's saver fills for the dtype (saved_tensor_slice_util.h).
 */
export function valuesFromTensorProto(
  p: TensorProto,
  dtype: DType,
  count: number,
  tensor: string,
): TensorValues {
  const content = p.tensorContent;
  const values =
    content && content.length > 0 ? fixedValues(dtype, content.slice()) : fromRepeated(p, dtype, tensor);
  const expected = dtype === 'complex64' || dtype === 'complex128' ? count * 2 : count;
  if (values.length !== expected) {
    throw new SlimscopeError({
      code: 'SHAPE_MISMATCH',
      file: tensor,
      problem: `The stored slice has ${values.length} values where its shape needs ${expected}.`,
      hint: 'The V1 checkpoint is damaged; re-copy it from its source.',
    });
  }
  return values;
}

function fromRepeated(p: TensorProto, dtype: DType, tensor: string): TensorValues {
  switch (dtype) {
    case 'float32':
      return Float32Array.from(p.floatVal ?? []);
    case 'float64':
      return Float64Array.from(p.doubleVal ?? []);
    case 'complex64':
      return Float32Array.from(p.scomplexVal ?? []);
    case 'complex128':
      return Float64Array.from(p.dcomplexVal ?? []);
    case 'int32':
      return Int32Array.from(p.intVal ?? []);
    case 'int16':
      return Int16Array.from(p.intVal ?? []);
    case 'int8':
      return Int8Array.from(p.intVal ?? []);
    case 'uint8':
      return Uint8Array.from(p.intVal ?? []);
    case 'uint16':
      return Uint16Array.from(p.intVal ?? []);
    case 'float16':
    case 'bfloat16':
      return Uint16Array.from(p.halfVal ?? []);
    case 'bool':
      return Uint8Array.from((p.boolVal ?? []).map((b) => (b ? 1 : 0)));
    case 'int64':
      return BigInt64Array.from((p.int64Val ?? []).map((v) => int64ToBigInt(v)));
    case 'uint32':
      return Uint32Array.from(p.uint32Val ?? []);
    case 'uint64':
      return BigUint64Array.from((p.uint64Val ?? []).map((v) => int64ToBigInt(v, true)));
    case 'string':
      return (p.stringVal ?? []).map((s) => s.slice());
    default:
      throw new SlimscopeError({
        code: 'UNSUPPORTED',
        file: tensor,
        problem: `V1 tensors of dtype ${dtype} cannot be read.`,
        hint: 'Only numeric, bool and string tensors have readable values.',
      });
  }
}

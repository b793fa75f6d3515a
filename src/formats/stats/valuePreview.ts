import type { DType, TensorValues } from '../checkpoint';

/** How many leading elements the details panel shows. */
export const PREVIEW_COUNT = 64;

const textDecoder = new TextDecoder('utf-8', { fatal: false });

/** The first `count` elements of a tensor as display strings (half floats decoded, strings quoted). */
export function previewValues(dtype: DType, values: TensorValues, count = PREVIEW_COUNT): string[] {
  if (Array.isArray(values)) return values.slice(0, count).map((b) => JSON.stringify(textDecoder.decode(b)));
  const perElement = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
  const n = Math.min(count, Math.floor(values.length / perElement));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (perElement === 2) out.push(`${fmt(Number(values[2 * i]))}${sign(Number(values[2 * i + 1]))}j`);
    else out.push(elementText(dtype, values, i));
  }
  return out;
}

function elementText(dtype: DType, values: Exclude<TensorValues, Uint8Array[]>, i: number): string {
  const raw = values[i];
  if (raw === undefined) return '';
  if (typeof raw === 'bigint') return raw.toString();
  if (dtype === 'float16') return fmt(halfToFloat(raw));
  if (dtype === 'bfloat16') return fmt(bfloat16ToFloat(raw));
  if (dtype === 'bool') return raw ? 'True' : 'False';
  return dtype.startsWith('float') ? fmt(raw) : String(raw);
}

const fmt = (x: number): string =>
  Number.isFinite(x)
    ? Math.abs(x) >= 1e5 || (x !== 0 && Math.abs(x) < 1e-4)
      ? x.toExponential(4)
      : String(+x.toPrecision(6))
    : String(x);

const sign = (x: number): string => (x < 0 || Object.is(x, -0) ? `-${fmt(-x)}` : `+${fmt(x)}`);

/** IEEE 754 binary16 bits to a number. */
export function halfToFloat(bits: number): number {
  const s = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

const bf16View = new DataView(new ArrayBuffer(4));
export function bfloat16ToFloat(bits: number): number {
  bf16View.setUint32(0, bits << 16);
  return bf16View.getFloat32(0);
}

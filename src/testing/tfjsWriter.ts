/**
 * Test-only: writes TF.js models the way tensorflowjs_converter does — a `model.json` whose
 * `weightsManifest` lists each group's shard files (`group1-shard1of3.bin`, split every
 * `shardBytes`, 4 MiB by default, so a tensor can straddle two shards) and its weights in order;
 * `--quantize_uint8/uint16` store q with value ≈ q × scale + min (min nudged so 0 is exact),
 * `--quantize_float16` stores half floats; strings are a uint32 length + bytes per element.
 */

export interface TfjsTestWeight {
  name: string;
  shape: number[];
  dtype?: 'float32' | 'int32' | 'bool' | 'string';
  values: readonly number[] | readonly string[];
  quantize?: 'uint8' | 'uint16' | 'float16';
  /** Start a new manifest group at this weight. */
  newGroup?: boolean;
}

export interface TfjsWriteOptions {
  format?: 'layers-model' | 'graph-model';
  shardBytes?: number;
}

export interface TfjsFiles {
  files: { name: string; bytes: Uint8Array }[];
  /** Values a reader must return (dequantized), by weight name. */
  expected: Map<string, number[] | string[]>;
}

/** float32 → IEEE half bits, round to nearest even (as numpy's astype(float16)). */
export function toFloat16Bits(value: number): number {
  const f = new Float32Array([value]);
  const x = new Uint32Array(f.buffer)[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    const half = mant >> shift;
    const rest = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (half + (rest > mid || (rest === mid && half & 1) ? 1 : 0));
  }
  let half = (e << 10) | (mant >> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  return sign | half;
}

function affine(values: readonly number[], bits: 8 | 16): { scale: number; min: number; q: number[] } {
  const qmax = 2 ** bits - 1;
  let lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const scale = hi === lo ? 1 : (hi - lo) / qmax;
  lo = -Math.round(-lo / scale) * scale;
  const q = values.map((v) => Math.min(qmax, Math.max(0, Math.round((v - lo) / scale))));
  return { scale, min: lo, q };
}

function encode(w: TfjsTestWeight): {
  bytes: Uint8Array;
  spec: Record<string, unknown>;
  expected: number[] | string[];
} {
  const dtype = w.dtype ?? 'float32';
  const spec: Record<string, unknown> = { name: w.name, shape: w.shape, dtype };
  if (dtype === 'string') {
    const parts = (w.values as string[]).map((s) => new TextEncoder().encode(s));
    const bytes = new Uint8Array(parts.reduce((a, p) => a + 4 + p.length, 0));
    const view = new DataView(bytes.buffer);
    let at = 0;
    for (const p of parts) {
      view.setUint32(at, p.length, true);
      bytes.set(p, at + 4);
      at += 4 + p.length;
    }
    return { bytes, spec, expected: [...(w.values as string[])] };
  }
  const values = w.values as number[];
  if (w.quantize === 'float16') {
    const bits = Uint16Array.from(values, toFloat16Bits);
    spec.quantization = { dtype: 'float16' };
    const back = new Float32Array(bits.length);
    bits.forEach((b, i) => {
      const s = b & 0x8000 ? -1 : 1;
      const e = (b >> 10) & 0x1f;
      const m = b & 0x3ff;
      back[i] = e === 0 ? s * m * 2 ** -24 : s * (1 + m / 1024) * 2 ** (e - 15);
    });
    return { bytes: new Uint8Array(bits.buffer), spec, expected: [...back] };
  }
  if (w.quantize) {
    const { scale, min, q } = affine(values, w.quantize === 'uint8' ? 8 : 16);
    spec.quantization = { dtype: w.quantize, scale, min };
    const stored = w.quantize === 'uint8' ? Uint8Array.from(q) : Uint16Array.from(q);
    const deq = q.map((x) => x * scale + min);
    const expected = dtype === 'int32' ? deq.map(Math.round) : [...Float32Array.from(deq)];
    return { bytes: new Uint8Array(stored.buffer), spec, expected };
  }
  if (dtype === 'bool') return { bytes: Uint8Array.from(values), spec, expected: values };
  if (dtype === 'int32')
    return { bytes: new Uint8Array(Int32Array.from(values).buffer), spec, expected: values };
  const f = Float32Array.from(values);
  return { bytes: new Uint8Array(f.buffer), spec, expected: [...f] };
}

export function writeTfjs(weights: readonly TfjsTestWeight[], o: TfjsWriteOptions = {}): TfjsFiles {
  const shardBytes = o.shardBytes ?? 4 << 20;
  const groups: { weights: Record<string, unknown>[]; data: Uint8Array[] }[] = [];
  const expected = new Map<string, number[] | string[]>();
  for (const w of weights) {
    if (w.newGroup || groups.length === 0) groups.push({ weights: [], data: [] });
    const { bytes, spec, expected: values } = encode(w);
    groups.at(-1)!.weights.push(spec);
    groups.at(-1)!.data.push(bytes);
    expected.set(w.name, values);
  }
  const files: TfjsFiles['files'] = [];
  const manifest = groups.map((g, gi) => {
    const all = new Uint8Array(g.data.reduce((a, d) => a + d.length, 0));
    g.data.reduce((at, d) => (all.set(d, at), at + d.length), 0);
    const n = Math.max(1, Math.ceil(all.length / shardBytes));
    const paths: string[] = [];
    for (let s = 0; s < n; s++) {
      const name = `group${gi + 1}-shard${s + 1}of${n}.bin`;
      paths.push(name);
      files.push({ name, bytes: all.slice(s * shardBytes, (s + 1) * shardBytes) });
    }
    return { paths, weights: g.weights };
  });
  const format = o.format ?? 'layers-model';
  const model = {
    format,
    generatedBy: 'keras v2.15.0',
    convertedBy: 'TensorFlow.js Converter v4.22.0',
    modelTopology:
      format === 'layers-model' ? { class_name: 'Sequential', config: { layers: [] } } : { node: [] },
    weightsManifest: manifest,
  };
  files.unshift({ name: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(model)) });
  return { files, expected };
}

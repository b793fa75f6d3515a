import { describe, expect, it } from 'vitest';
import type { TensorData } from '../checkpoint';
import { checkNpyForVariable, fittingLayouts } from './checkNpyForVariable';
import { float16ToFloat32, permuteValues, prepareNpyValue } from './prepareNpyValue';

const kernel = { name: 'cell_0/conv/weights', dtype: 'float32' as const, shape: [3, 3, 8, 16] };

describe('checkNpyForVariable', () => {
  it('accepts a matching float32 array as is', () => {
    expect(checkNpyForVariable({ dtype: 'float32', shape: [3, 3, 8, 16] }, kernel)).toEqual({
      ok: true,
      layouts: [],
      notices: [],
    });
  });

  it('offers the PyTorch OIHW → HWIO layout first for a conv kernel', () => {
    const check = checkNpyForVariable({ dtype: 'float32', shape: [16, 8, 3, 3] }, kernel);
    expect(check.ok && check.layouts[0]).toEqual({ perm: [2, 3, 1, 0], label: 'PyTorch OIHW → TF HWIO' });
    expect(check.ok && check.notices[0]).toMatch(/axis order/);
  });

  it('lists every fitting order when dimensions repeat', () => {
    expect(fittingLayouts([4, 4], [4, 4])).toEqual([{ perm: [1, 0], label: 'transposed (numpy .T)' }]);
    expect(fittingLayouts([2, 3], [3, 2]).map((l) => l.perm)).toEqual([[1, 0]]);
  });

  it('refuses a wrong shape with the reason', () => {
    const check = checkNpyForVariable({ dtype: 'float32', shape: [72, 16] }, kernel);
    expect(check).toMatchObject({ ok: false, code: 'SHAPE_MISMATCH' });
    expect(!check.ok && check.reason).toMatch(/\(72, 16\).*\(3, 3, 8, 16\).*element counts agree/);
  });

  it('casts float64 → float32 with a notice, refusing values that overflow', () => {
    const ok = checkNpyForVariable(
      { dtype: 'float64', shape: [2], values: new Float64Array([1e30, -2]) },
      { name: 'b', dtype: 'float32', shape: [2] },
    );
    expect(ok).toMatchObject({ ok: true, cast: { from: 'float64', to: 'float32' } });
    expect(ok.ok && ok.notices.join()).toMatch(/float64.*float32/);
    const bad = checkNpyForVariable(
      { dtype: 'float64', shape: [2], values: new Float64Array([1e300, 0]) },
      { name: 'b', dtype: 'float32', shape: [2] },
    );
    expect(bad).toMatchObject({ ok: false, code: 'DTYPE_MISMATCH' });
    expect(!bad.ok && bad.reason).toMatch(/overflows float32/);
  });

  it('widens exactly without a notice and refuses lossy casts', () => {
    expect(
      checkNpyForVariable({ dtype: 'int32', shape: [] }, { name: 'global_step', dtype: 'int64', shape: [] }),
    ).toMatchObject({
      ok: true,
      cast: { from: 'int32', to: 'int64' },
      notices: [],
    });
    for (const [from, to] of [
      ['float32', 'float16'],
      ['int32', 'float32'],
      ['float32', 'int64'],
      ['int64', 'float32'],
    ] as const) {
      expect(
        checkNpyForVariable({ dtype: from, shape: [1] }, { name: 'v', dtype: to, shape: [1] }),
      ).toMatchObject({ ok: false, code: 'DTYPE_MISMATCH' });
    }
    const big = checkNpyForVariable(
      { dtype: 'int64', shape: [1], values: new BigInt64Array([2n ** 40n]) },
      { name: 'v', dtype: 'int32', shape: [1] },
    );
    expect(!big.ok && big.reason).toMatch(/does not fit in int32/);
  });
});

describe('prepareNpyValue', () => {
  it('transposes OIHW to HWIO and casts float64 to float32', () => {
    // O=2, I=1, H=1, W=3: value = o*10 + w
    const oihw: TensorData = {
      name: 'x',
      dtype: 'float64',
      shape: [2, 1, 1, 3],
      values: new Float64Array([0, 1, 2, 10, 11, 12]),
    };
    const target = { name: 'k', dtype: 'float32' as const, shape: [1, 3, 1, 2] };
    const check = checkNpyForVariable(oihw, target);
    const out = prepareNpyValue(oihw, target, check);
    expect(out.values).toBeInstanceOf(Float32Array);
    expect(out.shape).toEqual([1, 3, 1, 2]);
    // HWIO [0][w][0][o] = o*10 + w
    expect(Array.from(out.values as Float32Array)).toEqual([0, 10, 1, 11, 2, 12]);
  });

  it('permutes like numpy transpose on a 3-D array', () => {
    const v = Int32Array.from({ length: 24 }, (_, i) => i); // shape (2, 3, 4)
    const t = permuteValues(v, [2, 3, 4], [2, 0, 1]); // shape (4, 2, 3): t[k][i][j] = v[i][j][k]
    expect(t[0 * 6 + 1 * 3 + 2]).toBe(1 * 12 + 2 * 4 + 0);
    expect(t[3 * 6 + 0 * 3 + 1]).toBe(0 * 12 + 1 * 4 + 3);
  });

  it('converts float16 bits exactly, including subnormals and infinities', () => {
    expect(Array.from(float16ToFloat32(new Uint16Array([0x3c00, 0xc000, 0x0001, 0x7c00, 0x3555])))).toEqual([
      1,
      -2,
      2 ** -24,
      Infinity,
      Math.fround(0.333251953125),
    ]);
  });
});

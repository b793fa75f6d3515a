// Damaged NumPy/npz/safetensors files: whatever the damage, the result is either a value or a
// SlimscopeError (never another exception, never a huge allocation).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlimscopeError } from '../../base/errors';
import { memoryByteSource } from '../bytes/readChecks';
import { openSafetensors } from '../safetensors/safetensorsReader';
import { decodeNpy, encodeNpy } from './npy';
import { openNpz } from './npzReader';
import { encodeNpz } from './npzWriter';

const tensor = {
  name: 'w',
  dtype: 'float32' as const,
  shape: [3, 4],
  values: Float32Array.from({ length: 12 }, (_, i) => i),
};

function safetensorsBytes(): Uint8Array {
  const header = JSON.stringify({ w: { dtype: 'F32', shape: [3, 4], data_offsets: [0, 48] } });
  const out = new Uint8Array(8 + header.length + 48);
  new DataView(out.buffer).setBigUint64(0, BigInt(header.length), true);
  out.set(new TextEncoder().encode(header), 8);
  out.set(new Uint8Array(tensor.values.buffer), 8 + header.length);
  return out;
}

/** Mutations: overwrite some bytes, then maybe truncate. */
const damage = (size: number) =>
  fc.record({
    writes: fc.array(fc.tuple(fc.nat({ max: size - 1 }), fc.nat({ max: 255 })), {
      minLength: 1,
      maxLength: 6,
    }),
    cut: fc.option(fc.nat({ max: size }), { nil: undefined }),
  });

function apply(bytes: Uint8Array, d: { writes: [number, number][]; cut: number | undefined }): Uint8Array {
  const out = bytes.slice();
  for (const [at, v] of d.writes) out[at] = v;
  return d.cut === undefined ? out : out.subarray(0, d.cut);
}

async function typedOrValue(f: () => Promise<unknown>): Promise<boolean> {
  try {
    await f();
    return true;
  } catch (e) {
    return isSlimscopeError(e);
  }
}

describe('damaged files give typed errors', () => {
  it('.npy', async () => {
    const good = encodeNpy(tensor);
    await fc.assert(
      fc.asyncProperty(damage(good.length), async (d) => {
        expect(await typedOrValue(async () => decodeNpy(apply(good, d), 'x.npy'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('.npz (plain and compressed)', async () => {
    for (const compress of [false, true]) {
      const good = await encodeNpz([{ name: 'w', tensor: async () => tensor }], { compress });
      await fc.assert(
        fc.asyncProperty(damage(good.length), async (d) => {
          const ok = await typedOrValue(async () => {
            const reader = await openNpz(memoryByteSource('x.npz', apply(good, d)));
            for (const v of reader.variables) await reader.readTensor(v.name);
          });
          expect(ok).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('.safetensors', async () => {
    const good = safetensorsBytes();
    await fc.assert(
      fc.asyncProperty(damage(good.length), async (d) => {
        const ok = await typedOrValue(async () => {
          const reader = await openSafetensors(memoryByteSource('x.safetensors', apply(good, d)));
          for (const v of reader.variables) await reader.readTensor(v.name);
        });
        expect(ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// A legacy torch.save file cut short after its pickles still lists (names come from the pickle),
// but says at open that it is truncated instead of failing later, tensor by tensor.
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../bytes/readChecks';
import { torchDict, torchTensor, writeTorchLegacy } from '../../testing/torchWriter';
import { openPytorch } from './openPytorch';

const tensor = (n: number) =>
  torchTensor('float32', [n], new Uint8Array(new Float32Array(n).fill(1.5).buffer));
const legacy = writeTorchLegacy(
  torchDict([
    ['a.weight', tensor(16)],
    ['b.weight', tensor(1000)],
  ]),
);

describe('a truncated legacy .pth', () => {
  it('whole: no warning, every tensor reads', async () => {
    const r = await openPytorch(memoryByteSource('full.pth', legacy));
    expect(r.warnings).toEqual([]);
    expect((await r.readTensor('b.weight')).values[999]).toBe(1.5);
  });

  it('cut inside the last storage: listed, with a TRUNCATED warning naming the file and both sizes', async () => {
    const cut = legacy.subarray(0, legacy.length - 100);
    const r = await openPytorch(memoryByteSource('cut.pth', cut));
    expect(r.variables.map((v) => v.name)).toEqual(['a.weight', 'b.weight']);
    expect(r.warnings.map((w) => [w.code, w.file])).toEqual([['TRUNCATED', 'cut.pth']]);
    expect(r.warnings[0]!.problem).toContain(`end at byte ${legacy.length} but it holds ${cut.length} bytes`);
    expect((await r.readTensor('a.weight')).values[0]).toBe(1.5);
  });
});

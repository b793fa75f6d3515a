import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../../testing/fixtures';
import { nodeByteSource } from '../bytes/nodeByteSource';
import type { TensorValues } from '../checkpoint';
import { bytesOfValues } from '../numpy/typedValues';
import { openNodeCheckpoint } from '../openNode';
import { openPytorch } from './openPytorch';

const torchDir = join(sharedDir, 'fixtures', 'torch');
const have = existsSync(join(torchDir, 'expected.json'));
if (!have && process.env.CI) throw new Error(`Torch fixtures missing at ${torchDir}; CI must have them.`);

interface ExpectedTensor {
  path: Array<string | number>;
  dtype: string;
  shape: number[];
  sha256: string;
  storage_offset: number;
  stride: number[];
  storage_numel: number;
  shares_storage_with?: Array<Array<string | number>>;
}
interface ExpectedFile {
  format: 'zip' | 'legacy';
  tensors: ExpectedTensor[];
  other_leaves: Array<{ path: Array<string | number>; type: string; value: unknown }>;
}

const expected = have
  ? (JSON.parse(readFileSync(join(torchDir, 'expected.json'), 'utf8')) as {
      files: Record<string, ExpectedFile>;
    })
  : { files: {} };

const nameOf = (path: Array<string | number>) => path.map(String).join('/');
const sha256 = (values: TensorValues) =>
  createHash('sha256')
    .update(Array.isArray(values) ? Buffer.concat(values) : bytesOfValues(values))
    .digest('hex');

/** Python's str() of a leaf, as the reader shows metadata. */
function pythonText(type: string, value: unknown): string {
  if (type === 'NoneType') return 'None';
  if (type === 'bool') return value ? 'True' : 'False';
  if (type === 'float' && Number.isInteger(value)) return `${String(value)}.0`;
  return String(value);
}

describe.skipIf(!have)('PyTorch reader on ../shared/fixtures/torch', () => {
  for (const [file, want] of Object.entries(expected.files)) {
    it(`${file}: every tensor's dtype, shape and SHA-256; every other leaf as metadata`, async () => {
      const reader = await openPytorch(await nodeByteSource(join(torchDir, file), file));
      expect(reader.format).toBe(want.format === 'zip' ? 'pytorch-zip' : 'pytorch-legacy');
      const tensors = reader.variables.filter((v) => v.role !== 'metadata');
      expect(tensors.map((v) => v.name)).toEqual(want.tensors.map((t) => nameOf(t.path)));
      for (const t of want.tensors) {
        const name = nameOf(t.path);
        const v = reader.variables.find((x) => x.name === name)!;
        expect([v.dtype, v.shape]).toEqual([t.dtype, t.shape]);
        const data = await reader.readTensor(name);
        expect([data.dtype, data.shape]).toEqual([t.dtype, t.shape]);
        expect(sha256(data.values), name).toBe(t.sha256);
        const view = reader.viewOf(name)!;
        expect([name, view.offset, view.stride, view.storage.numel]).toEqual([
          name,
          t.storage_offset,
          t.stride,
          t.storage_numel,
        ]);
        for (const other of t.shares_storage_with ?? [])
          expect(reader.viewOf(nameOf(other))!.storage.key, `${name} shares with ${nameOf(other)}`).toBe(
            view.storage.key,
          );
      }
      const keys = want.tensors.map((t) => reader.viewOf(nameOf(t.path))!.storage.key);
      // One storage per group of tensors that share (each group named by its sorted member paths).
      const groups = new Set(
        want.tensors.map((t) => [t.path, ...(t.shares_storage_with ?? [])].map(nameOf).sort().join('|')),
      );
      expect(new Set(keys).size).toBe(groups.size);
      const metadata = reader.variables.filter((v) => v.role === 'metadata');
      expect(metadata.map((v) => [v.name, v.value])).toEqual(
        want.other_leaves.map((l) => [nameOf(l.path), pythonText(l.type, l.value)]),
      );
    });
  }

  it('names a training checkpoint by its dict path, keeping dots; roles for BN counters and optimizer state', async () => {
    const r = await openNodeCheckpoint(join(torchDir, 'nested.pth'));
    const role = (n: string) => r.variables.find((v) => v.name === n)?.role;
    expect(role('state_dict/module.conv.weight')).toBe('weight');
    expect(role('state_dict/module.bn.num_batches_tracked')).toBe('bookkeeping');
    expect(role('optimizer/state/0/momentum_buffer')).toBe('optimizer_slot');
    expect(role('optimizer/param_groups/0/lr')).toBe('metadata');
    const epoch = await r.readTensor('epoch');
    expect([epoch.dtype, [...(epoch.values as BigInt64Array)]]).toEqual(['int64', [3n]]);
  });

  it('reads views sharing one storage, strided, transposed, expanded and offset views', async () => {
    const r = await openNodeCheckpoint(join(torchDir, 'views.pth'));
    const values = async (n: string) => [...((await r.readTensor(n)).values as Float32Array)];
    const row0 = (await r.readTensor('shared_row0')).values as BigInt64Array;
    const rows = (await r.readTensor('shared_rows2to3')).values as BigInt64Array;
    expect(rows.length).toBe(12);
    expect(row0.length).toBe(6);
    const expanded = await values('expanded');
    expect(expanded.slice(0, 3)).toEqual(expanded.slice(9, 12));
    const transposed = await values('transposed');
    expect(transposed).toHaveLength(12);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeCheckpoint } from '../../formats/openNode';
import { deriveTensors, mapFloats, memoryCheckpoint } from '../../testing/compare/checkpointPairs';
import { fixture, haveSharedFixtures, sharedDir } from '../../testing/fixtures';
import { compareCheckpoints } from './compareCheckpoints';

describe.skipIf(!haveSharedFixtures())('comparing two saves of one real TF1 run (houseprices)', () => {
  it('every same-shape pair gets the statistics a direct computation gives; the rest are shape or only-a rows', async () => {
    const a = await openNodeCheckpoint(fixture('houseprices-tf1.10', 'model.ckpt'));
    const b = await openNodeCheckpoint(fixture('houseprices-tf1.10', 'model_longtrain.ckpt'));
    const { rows, totals } = await compareCheckpoints(a, b, { chunkBytes: 256 });
    expect(totals.rows).toBe(rows.length);
    const bNames = new Set(b.variables.map((v) => v.name));
    let compared = 0;
    for (const v of a.variables) {
      const row = rows.find((r) => r.a === v.name)!;
      if (!bNames.has(v.name)) {
        expect(row.status).toBe('only-a');
        continue;
      }
      const other = b.variables.find((x) => x.name === v.name)!;
      if (other.shape.join() !== v.shape.join()) {
        expect(row.status).toBe('shape');
        continue;
      }
      const x = (await a.readTensor(v.name)).values as Float32Array;
      const y = (await b.readTensor(v.name)).values as Float32Array;
      let max = 0;
      let sum = 0;
      let changed = 0;
      for (let i = 0; i < x.length; i++) {
        const d = Math.abs(x[i]! - y[i]!);
        max = Math.max(max, d);
        sum += d;
        if (d > 0) changed++;
      }
      expect(row).toMatchObject({
        status: changed ? 'changed' : 'same',
        maxAbs: max,
        changedFraction: changed / x.length,
      });
      expect(row.meanAbs).toBeCloseTo(sum / x.length, 12);
      // Single values never carry a relation (every value is a multiple of another).
      if (x.length === 1) expect(row.relation).toBeNull();
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
    expect(totals.shape).toBeGreaterThan(0);
  });
});

describe.skipIf(!haveSharedFixtures())('comparing across formats (real PyTorch files)', () => {
  const torch = (f: string) => join(sharedDir, 'fixtures', 'torch', f);

  it('a torch zip file against its legacy-format twin: every tensor the same', async () => {
    const a = await openNodeCheckpoint(torch('dtypes.pth'));
    const b = await openNodeCheckpoint(torch('dtypes-legacy.pth'));
    const { totals } = await compareCheckpoints(a, b);
    expect(totals.rows).toBe(a.variables.length);
    expect(totals.same).toBe(a.variables.length);
  });

  it('a torch file against a TF V2 re-save with one tensor scaled', async () => {
    const a = await openNodeCheckpoint(torch('tiny-net.pth'));
    const floats = a.variables.filter((v) => v.dtype === 'float32' && v.shape.reduce((x, y) => x * y, 1) > 1);
    const target = floats[0]!.name;
    const b = await memoryCheckpoint(
      'resaved',
      await deriveTensors(a, (t) => (t.name === target ? mapFloats(t, (x) => x * 0.5) : t)),
    );
    const { rows, totals } = await compareCheckpoints(a, b);
    expect(rows.find((r) => r.a === target)).toMatchObject({
      status: 'changed',
      relation: 'scaled',
      relationDetail: '×0.5',
    });
    expect(totals).toMatchObject({ changed: 1, same: a.variables.length - 1, onlyA: 0, onlyB: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { diffToCsv } from './diffCsv';
import { summarizeDiff } from './diffSummary';
import { diffTotals, type DiffRow } from './diffTypes';

const row = (over: Partial<DiffRow>): DiffRow => ({
  a: 'x',
  b: 'x',
  status: 'same',
  maxAbs: 0,
  meanAbs: 0,
  relL2: 0,
  cosine: 1,
  changedFraction: 0,
  relation: null,
  relationDetail: null,
  pairedBy: 'name',
  transform: null,
  dtypeA: 'float32',
  dtypeB: 'float32',
  shapeA: [2, 3],
  shapeB: [2, 3],
  error: null,
  ...over,
});

describe('comparison export and summary', () => {
  const rows = [
    row({}),
    row({
      a: 'cell_11/comb_iter_0/w',
      b: 'cell_11/comb_iter_0/w',
      status: 'changed',
      relL2: 0.031,
      maxAbs: 0.5,
    }),
    row({ a: 'cell_2/b,"q"', b: null, status: 'only-a', maxAbs: null, shapeB: null, dtypeB: null }),
  ];
  it('writes one CSV line per row, quoting commas and quotes, nulls empty', () => {
    const lines = diffToCsv({ rows }).split('\r\n');
    expect(lines[0]).toBe(
      'a,b,status,maxAbs,meanAbs,relL2,cosine,changedFraction,relation,relationDetail,pairedBy,transform,dtypeA,dtypeB,shapeA,shapeB,error',
    );
    expect(lines[1]).toBe('x,x,same,0,0,0,1,0,,,name,,float32,float32,"[2,3]","[2,3]",');
    expect(lines[3]).toMatch(/^"cell_2\/b,""q""",,only-a,,/);
    expect(lines).toHaveLength(5);
  });
  it('summarizes counts and where the largest change is', () => {
    expect(summarizeDiff({ rows, totals: diffTotals(rows, 0) })).toBe(
      '1 identical, 1 changed, 1 only in A, largest in cell_11: 3.1e-2',
    );
  });
});

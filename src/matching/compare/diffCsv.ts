import type { DiffResult, DiffRow } from './diffTypes';

const COLUMNS: (keyof DiffRow)[] = [
  'a',
  'b',
  'status',
  'maxAbs',
  'meanAbs',
  'relL2',
  'cosine',
  'changedFraction',
  'relation',
  'relationDetail',
  'pairedBy',
  'transform',
  'dtypeA',
  'dtypeB',
  'shapeA',
  'shapeB',
  'error',
];

function cell(x: DiffRow[keyof DiffRow]): string {
  if (x === null || x === undefined) return '';
  const s = Array.isArray(x) ? `[${x.join(',')}]` : String(x);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The comparison as RFC 4180 CSV: a header, then one line per pair (empty cell = null). */
export function diffToCsv(d: Pick<DiffResult, 'rows'>): string {
  const lines = [COLUMNS.join(',')];
  for (const r of d.rows) lines.push(COLUMNS.map((c) => cell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The comparison as the same JSON `diff --json` prints. */
export const diffToJson = (d: DiffResult): string => `${JSON.stringify(d, null, 2)}\n`;

import type { DiffResult } from './diffTypes';

/** The cell (or top scope) a tensor name belongs to: `cell_11` for `cell_11/comb_iter_0/…`. */
export function cellOf(name: string): string {
  const parts = name.split(/[/.]/);
  const cell = parts.find((p) => /^(cell_|reduction_cell_|cell_stem_)/.test(p));
  return cell ?? parts[0] ?? name;
}

const sci = (x: number): string => x.toExponential(1);

/** "1,102 identical, 24 changed, largest in cell_11: 3.1e-2" (plus the other kinds when present). */
export function summarizeDiff(d: DiffResult): string {
  const t = d.totals;
  const parts = [
    `${t.same.toLocaleString('en-US')} identical`,
    `${t.changed.toLocaleString('en-US')} changed`,
  ];
  if (t.shape) parts.push(`${t.shape.toLocaleString('en-US')} shape changed`);
  if (t.dtype) parts.push(`${t.dtype.toLocaleString('en-US')} dtype changed`);
  if (t.onlyA) parts.push(`${t.onlyA.toLocaleString('en-US')} only in A`);
  if (t.onlyB) parts.push(`${t.onlyB.toLocaleString('en-US')} only in B`);
  if (t.errors) parts.push(`${t.errors.toLocaleString('en-US')} unreadable`);
  const largest = t.largest ? `, largest in ${cellOf(t.largest.a)}: ${sci(t.largest.relL2)}` : '';
  return `${parts.join(', ')}${largest}`;
}

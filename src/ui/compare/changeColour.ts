import type { DiffRow } from '../../matching/compare/diffTypes';

/**
 * Colour of a relative change on a log scale: identical → green, 1e-7 … 1 → yellow to red.
 * Structural differences (shape, dtype, one side only) get their own colours.
 */
export function changeColour(score: number): string {
  if (score < 0) return 'var(--compare-missing, #8a8f98)';
  if (score === 0) return 'var(--compare-same, #3fa66b)';
  const t = Math.min(1, Math.max(0, (Math.log10(score) + 7) / 7));
  const hue = 55 - 55 * t;
  return `hsl(${hue.toFixed(0)} 85% ${(55 - 10 * t).toFixed(0)}%)`;
}

export const formatChange = (x: number | null): string =>
  x === null
    ? '–'
    : x === 0
      ? '0'
      : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4
        ? x.toPrecision(3)
        : x.toExponential(1);

export const STATUS_TEXT: Record<DiffRow['status'], string> = {
  same: 'identical',
  changed: 'changed',
  shape: 'shape changed',
  dtype: 'dtype changed',
  'only-a': 'only in A',
  'only-b': 'only in B',
  error: 'unreadable',
};

/** One line describing a row's change, for titles and screen readers. */
export function describeRow(r: DiffRow): string {
  const rel = r.relation
    ? `, b = a ${r.relation === 'transpose' ? 'transposed' : r.relation} (${r.relationDetail})`
    : '';
  const stats = r.relL2 !== null && r.status !== 'same' ? `, relative L2 ${formatChange(r.relL2)}` : '';
  return `${STATUS_TEXT[r.status]}${stats}${rel}`;
}

import type { KeyboardEvent } from 'react';
import type { TreeRow } from './treeRows';

export interface TreeKeyboardActions {
  focus(index: number): void;
  toggle(row: TreeRow & { kind: 'scope' }, open: boolean): void;
  activate(row: TreeRow): void;
  copy(row: TreeRow): void;
}

const PAGE = 20;

/** ARIA tree keyboard model: arrows, Home/End, PageUp/Down, Enter/Space, Ctrl/Cmd+C to copy the name. */
export function treeKeyDown(
  e: KeyboardEvent,
  rows: TreeRow[],
  active: number,
  actions: TreeKeyboardActions,
): void {
  const row = rows[active];
  const go = (i: number) => actions.focus(Math.max(0, Math.min(rows.length - 1, i)));
  const mod = e.ctrlKey || e.metaKey;
  let handled = true;
  switch (e.key) {
    case 'ArrowDown':
      go(active + 1);
      break;
    case 'ArrowUp':
      go(active - 1);
      break;
    case 'Home':
      go(0);
      break;
    case 'End':
      go(rows.length - 1);
      break;
    case 'PageDown':
      go(active + PAGE);
      break;
    case 'PageUp':
      go(active - PAGE);
      break;
    case 'ArrowRight':
      if (row?.kind === 'scope' && !row.expanded) actions.toggle(row, true);
      else if (row?.kind === 'scope') go(active + 1);
      break;
    case 'ArrowLeft':
      if (row?.kind === 'scope' && row.expanded) actions.toggle(row, false);
      else if (row) go(parentRow(rows, active));
      break;
    case 'Enter':
    case ' ':
      if (row?.kind === 'scope') actions.toggle(row, !row.expanded);
      else if (row) actions.activate(row);
      break;
    case 'c':
    case 'C':
      if (mod && row) actions.copy(row);
      else handled = false;
      break;
    default:
      handled = false;
  }
  if (handled) e.preventDefault();
}

/** The row of the scope that contains row `index` (scopes are rendered above their content). */
function parentRow(rows: TreeRow[], index: number): number {
  const depth = rows[index]?.depth ?? 0;
  for (let i = index - 1; i >= 0; i--) if ((rows[i]?.depth ?? 0) < depth) return i;
  return index;
}

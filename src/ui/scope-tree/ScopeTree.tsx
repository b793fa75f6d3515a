import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VariableTable } from '../../state/variableTable';
import type { MatchStatus } from '../../state/slices/treeSlice';
import { useAppStore } from '../../state/store';
import { copyText } from '../common/clipboard';
import { ScopeRowContent, VariableRowContent } from './TreeRowView';
import { ancestorPaths } from './scopeTree';
import { expansionKey, type TreeRow } from './treeRows';
import { treeKeyDown } from './useTreeKeyboard';
import type { TreeModel } from './useTreeModel';

interface Props {
  model: TreeModel;
  variables: VariableTable;
  statusOf: (i: number) => MatchStatus;
}

const ROW_HEIGHT = 22;

/** The virtualized ARIA tree of checkpoint scopes and variables (focus via aria-activedescendant). */
export function ScopeTree({ model, variables, statusOf }: Props) {
  const { rows, tree, filtering } = model;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const selected = useAppStore((s) => s.selectedCheckpointName);
  const select = useAppStore((s) => s.selectCheckpointVariable);
  const setExpanded = useAppStore((s) => s.setScopeExpanded);
  const pushToast = useAppStore((s) => s.pushToast);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 16,
  });
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  const focus = useCallback(
    (i: number) => {
      setActive(i);
      virtualizer.scrollToIndex(i, { align: 'auto' });
      const row = rows[i];
      if (row?.kind === 'variable') select(variables.name(row.variable));
    },
    [rows, select, variables, virtualizer],
  );
  const toggle = (row: TreeRow & { kind: 'scope' }, open: boolean) => {
    const path = tree.scopes.path(row.scope);
    setExpanded(expansionKey(path, filtering), filtering ? !open : open);
  };
  const rowName = (row: TreeRow) =>
    row.kind === 'scope' ? tree.scopes.path(row.scope) : variables.name(row.variable);
  // Scopes are named with a trailing slash (as TF prints them), so a scope and a variable of the
  // same name (`conv0/weights` and its slot scope `conv0/weights/…`) stay distinguishable.
  const rowLabel = (row: TreeRow) => (row.kind === 'scope' ? `${rowName(row)}/` : rowName(row));
  const copy = (row: TreeRow) =>
    void copyText(rowName(row)).then((ok) =>
      pushToast({
        kind: ok ? 'success' : 'warning',
        title: ok ? `Copied ${rowName(row)}` : 'Clipboard unavailable',
      }),
    );

  useRevealSelected(rows, variables, selected, focus, tree.splitDots);

  return (
    <div
      ref={scrollRef}
      className="tree-scroll"
      role="tree"
      aria-label="Checkpoint variables"
      tabIndex={0}
      aria-activedescendant={rows.length ? `ckpt-row-${activeIndex}` : undefined}
      onKeyDown={(e) =>
        treeKeyDown(e, rows, activeIndex, { focus, toggle, copy, activate: (r) => focus(rows.indexOf(r)) })
      }
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="none">
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const isVar = row.kind === 'variable';
          const variable = isVar ? variables.get(row.variable) : undefined;
          return (
            <div
              key={item.key}
              id={`ckpt-row-${item.index}`}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-expanded={row.kind === 'scope' ? row.expanded : undefined}
              aria-selected={isVar ? variable?.name === selected : undefined}
              aria-label={rowLabel(row)}
              className={`tree-row${item.index === activeIndex ? ' active' : ''}${isVar && variable?.name === selected ? ' selected' : ''}`}
              style={{ transform: `translateY(${item.start}px)`, paddingLeft: 6 + row.depth * 14 }}
              onClick={() => {
                setActive(item.index);
                if (row.kind === 'scope') toggle(row, !row.expanded);
                else select(variable?.name ?? null);
              }}
            >
              {row.kind === 'scope' ? (
                <ScopeRowContent
                  scope={tree.scopes.summary(row.scope)}
                  expanded={row.expanded}
                  shownCount={row.matchCount}
                  filtering={filtering}
                  {...(model.changes ? { change: model.changes.scope[row.scope] ?? -1 } : {})}
                />
              ) : variable ? (
                <VariableRowContent
                  variable={variable}
                  status={statusOf(row.kind === 'variable' ? row.variable : 0)}
                  splitDots={tree.splitDots}
                  {...(model.changes && row.kind === 'variable'
                    ? {
                        change: {
                          row: model.changes.rowOf(row.variable),
                          score: model.changes.variable[row.variable] ?? -1,
                        },
                      }
                    : {})}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** When another panel selects a checkpoint variable with `reveal`, open its scopes and scroll to it. */
function useRevealSelected(
  rows: TreeRow[],
  variables: VariableTable,
  selected: string | null,
  focus: (i: number) => void,
  splitDots: boolean,
) {
  const revealToken = useAppStore((s) => s.revealToken);
  const setExpandedScopes = useAppStore((s) => s.setExpandedScopes);
  const handled = useRef(revealToken);
  const expandedFor = useRef(-1);
  useEffect(() => {
    if (handled.current === revealToken || !selected) return;
    const i = rows.findIndex((r) => r.kind === 'variable' && variables.name(r.variable) === selected);
    if (i >= 0) {
      handled.current = revealToken;
      focus(i);
      return;
    }
    if (expandedFor.current === revealToken) {
      handled.current = revealToken; // hidden by the filter: nothing more to open
      return;
    }
    expandedFor.current = revealToken;
    const ancestors = ancestorPaths(selected, splitDots);
    setExpandedScopes([...useAppStore.getState().expandedScopes, ...ancestors]);
  }, [revealToken, rows, selected, variables, focus, setExpandedScopes, splitDots]);
}

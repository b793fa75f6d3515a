import { useCallback, useEffect, useRef } from 'react';
import { matchStatusAt } from '../../state/selectors/matchStatus';
import { EMPTY_VARIABLES } from '../../state/variableTable';
import { useStatusSource } from '../../state/selectors/useStatusSource';
import { useAppStore } from '../../state/store';
import { ScopeTree } from './ScopeTree';
import { TreeToolbar } from './TreeToolbar';
import { useTreeModel } from './useTreeModel';

/** Left pane: search and filter over the checkpoint's scope tree. */
export function ScopeTreePanel() {
  const variables = useAppStore((s) => s.checkpoint?.variables ?? EMPTY_VARIABLES);
  const source = useStatusSource();
  const statusOf = useCallback((i: number) => matchStatusAt(variables, i, source), [variables, source]);
  const model = useTreeModel(variables, statusOf);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="scope-tree-panel" aria-label="Checkpoint">
      <TreeToolbar
        ref={searchRef}
        shown={model.filter.count}
        total={variables.length}
        error={model.filter.error}
      />
      {variables.length === 0 ? (
        <p className="empty muted">No checkpoint open. Drop files anywhere or use “Open files…”.</p>
      ) : (
        <ScopeTree model={model} variables={variables} statusOf={statusOf} />
      )}
    </section>
  );
}

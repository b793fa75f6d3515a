import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../state/store';
import { formatShape } from '../common/format';
import { useGraphVariables } from './useGraphVariables';

/** The graph's variables as a searchable list; choosing one selects it as the mapping target. */
export function GraphVariableList() {
  const all = useGraphVariables();
  const pairByGraph = useAppStore((s) => s.pairByGraph);
  const selected = useAppStore((s) => s.selectedGraphNames);
  const select = useAppStore((s) => s.selectGraphVariables);
  const [query, setQuery] = useState('');
  const [onlyMissing, setOnlyMissing] = useState(false);
  const items = useMemo(() => {
    const q = query.trim().toLowerCase();
    return all.filter(
      (v) => (!q || v.name.toLowerCase().includes(q)) && (!onlyMissing || !pairByGraph.has(v.name)),
    );
  }, [all, query, onlyMissing, pairByGraph]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 22,
    overscan: 12,
  });
  const activeIndex = Math.max(
    0,
    items.findIndex((v) => v.name === selected[0]),
  );

  const onKey = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 20, PageUp: -20 }[e.key];
    if (!step) return;
    e.preventDefault();
    const next = items[Math.max(0, Math.min(items.length - 1, activeIndex + step))];
    if (next) {
      select([next.name]);
      virtualizer.scrollToIndex(items.indexOf(next));
    }
  };

  return (
    <section className="graph-list-panel" aria-label="Graph variables">
      <div className="tree-toolbar">
        <input
          type="search"
          aria-label="Search graph variables"
          placeholder="Search graph variables…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          spellCheck={false}
        />
        <label>
          <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} />{' '}
          Without weights
        </label>
        <span className="muted tree-count">
          {items.length.toLocaleString()} / {all.length.toLocaleString()}
        </span>
      </div>
      <div
        ref={scrollRef}
        className="tree-scroll"
        role="listbox"
        aria-label="Graph variable list"
        tabIndex={0}
        aria-activedescendant={items.length ? `graph-opt-${activeIndex}` : undefined}
        onKeyDown={onKey}
      >
        {items.length === 0 && (
          <p className="muted empty" role="status">
            {onlyMissing && !query
              ? 'Every graph variable has weights: nothing is missing.'
              : 'No graph variable matches the search.'}
          </p>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="none">
          {virtualizer.getVirtualItems().map((item) => {
            const v = items[item.index]!;
            const mapped = pairByGraph.has(v.name);
            const isSel = selected.includes(v.name);
            return (
              <div
                key={v.name}
                id={`graph-opt-${item.index}`}
                role="option"
                aria-selected={isSel}
                aria-label={v.name}
                className={`tree-row${isSel ? ' selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, paddingLeft: 6 }}
                onClick={() => select([v.name])}
              >
                <span className={`status-dot ${mapped ? 'st-matched' : 'st-unmatched'}`} aria-hidden="true">
                  ●
                </span>
                <span className="row-label mono">{v.name}</span>
                <span className="row-meta mono muted">{formatShape(v.shape)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

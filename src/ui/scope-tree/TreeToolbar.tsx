import { forwardRef } from 'react';
import { STATUS_LABELS } from '../../state/selectors/matchStatus';
import type { StatusFilter } from '../../state/slices/treeSlice';
import { useAppStore } from '../../state/store';
import { useCompareView } from '../../state/selectors/compareView';

const FILTERS: StatusFilter[] = ['all', 'matched', 'unmatched', 'mismatch', 'ambiguous', 'excluded'];

interface Props {
  shown: number;
  total: number;
  error: string | null;
}

/** Search box (substring or regex) and status filter above the scope tree. */
export const TreeToolbar = forwardRef<HTMLInputElement, Props>(function TreeToolbar(
  { shown, total, error },
  ref,
) {
  const query = useAppStore((s) => s.treeQuery);
  const regex = useAppStore((s) => s.treeRegex);
  const status = useAppStore((s) => s.treeStatusFilter);
  const setQuery = useAppStore((s) => s.setTreeQuery);
  const setRegex = useAppStore((s) => s.setTreeRegex);
  const setStatus = useAppStore((s) => s.setTreeStatusFilter);
  const comparing = useCompareView() !== null;
  const sortByChange = useAppStore((s) => s.treeSortByChange);
  const setSortByChange = useAppStore((s) => s.setTreeSortByChange);
  return (
    <div className="tree-toolbar" role="search" aria-label="Filter checkpoint variables">
      <input
        ref={ref}
        type="search"
        aria-label="Search variables"
        placeholder={regex ? 'Regex…' : 'Search…'}
        title={regex ? 'Filter by a regular expression on the name (Ctrl+F)' : 'Filter by name (Ctrl+F)'}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-invalid={error ? true : undefined}
        spellCheck={false}
      />
      <label title="Treat the search as a regular expression">
        <input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} /> Regex
      </label>
      <select
        aria-label="Filter by status"
        value={status}
        onChange={(e) => setStatus(e.target.value as StatusFilter)}
      >
        {FILTERS.map((f) => (
          <option key={f} value={f}>
            {f === 'all' ? 'All statuses' : STATUS_LABELS[f]}
          </option>
        ))}
      </select>
      {comparing && (
        <label title="Largest relative change against B first (scopes by their largest change)">
          <input type="checkbox" checked={sortByChange} onChange={(e) => setSortByChange(e.target.checked)} />{' '}
          Sort by change
        </label>
      )}
      <span className="muted tree-count" role="status" aria-live="polite">
        {error ? (
          <span className="st-mismatch">Invalid regex: {error}</span>
        ) : (
          `${shown.toLocaleString()} / ${total.toLocaleString()}`
        )}
      </span>
    </div>
  );
});

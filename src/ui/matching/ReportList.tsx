import { useState, type ReactNode } from 'react';

export interface ReportItem {
  key: string;
  main: string;
  detail?: string;
  onSelect: () => void;
}

const PAGE = 200;

/** One collapsible report section with its count; long lists grow by pages. */
export function ReportList({
  title,
  items,
  tone,
  note,
}: {
  title: string;
  items: ReportItem[];
  tone: 'bad' | 'warn' | 'info';
  /** A line under the title explaining the list (e.g. where unused weights would be used). */
  note?: ReactNode;
}) {
  const [limit, setLimit] = useState(PAGE);
  const id = `report-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <details className={`report-list tone-${tone}`} open={items.length > 0 && items.length <= 50}>
      <summary id={id}>
        {title} <span className="count">{items.length.toLocaleString()}</span>
      </summary>
      {note && <div className="report-note">{note}</div>}
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain-list" aria-labelledby={id}>
          {items.slice(0, limit).map((it) => (
            <li key={it.key}>
              <button type="button" className="link mono" onClick={it.onSelect}>
                {it.main}
              </button>
              {it.detail && <div className="muted report-detail">{it.detail}</div>}
            </li>
          ))}
          {items.length > limit && (
            <li>
              <button type="button" onClick={() => setLimit(limit + PAGE * 5)}>
                Show more ({(items.length - limit).toLocaleString()} left)
              </button>
            </li>
          )}
        </ul>
      )}
    </details>
  );
}

import type { KeyboardEvent, ReactNode } from 'react';

export interface TabDef<T extends string> {
  id: T;
  label: string;
  render: () => ReactNode;
}

interface Props<T extends string> {
  /** Accessible name of the tab list, also used to build element ids. */
  label: string;
  tabs: TabDef<T>[];
  active: T;
  onChange: (id: T) => void;
}

/** ARIA tabs (arrow keys move between tabs); only the active panel is rendered. */
export function Tabs<T extends string>({ label, tabs, active, onChange }: Props<T>) {
  const base = label.toLowerCase().replace(/\W+/g, '-');
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(i + step + tabs.length) % tabs.length];
    if (next) {
      onChange(next.id);
      document.getElementById(`${base}-tab-${next.id}`)?.focus();
    }
  };
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`${base}-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === active}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id={`${base}-panel`}
        role="tabpanel"
        aria-labelledby={current ? `${base}-tab-${current.id}` : undefined}
        className="pane-body tab-panel"
      >
        {current?.render()}
      </div>
    </>
  );
}

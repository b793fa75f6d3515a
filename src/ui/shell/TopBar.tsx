import type { ReactNode } from 'react';
import { openDemo } from '../../state/actions/openActions';
import { useAppStore } from '../../state/store';
import { OpenButtons } from './OpenButtons';

/** App title and the open/mapping commands. */
export function TopBar({ children }: { children?: ReactNode }) {
  const checkpoint = useAppStore((s) => s.checkpoint);
  return (
    <header className="topbar" aria-label="Toolbar">
      <span className="brand">Slimscope</span>
      <OpenButtons />
      {!checkpoint?.synthetic && (
        <button type="button" onClick={() => void openDemo()}>
          Open demo
        </button>
      )}
      <span className="spacer" />
      {children}
    </header>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphDescription } from '../../model/nasnet/graph';
import { useAppStore } from '../../state/store';
import type { GraphView } from './graphView';

/**
 * When graph variables are selected elsewhere (tree, list, details), expands their cell if only part
 * of it is selected and returns the node to bring into view. Selections made in the graph itself
 * (passed through `markOwn`) are left alone.
 */
export function useRevealSelection(
  graph: GraphDescription,
  view: GraphView,
  expand: (cell: string) => void,
): { revealId: string | null; markOwn: (names: readonly string[]) => void } {
  const names = useAppStore((s) => s.selectedGraphNames);
  const token = useAppStore((s) => s.revealToken);
  const own = useRef<readonly string[] | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [revealId, setRevealId] = useState<string | null>(null);

  useEffect(() => {
    const first = names[0];
    if (own.current === names || !first) return;
    const variable = graph.variables.find((v) => v.name === first);
    if (!variable) return;
    const cellVars = graph.variables.filter((v) => v.cell === variable.cell).length;
    if (names.length < cellVars) expand(variable.cell);
    setPending(first);
    // Only a new reveal request (token) or a new selection should move the view.
  }, [token, names]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!pending) return;
    const leaf = view.nodes.find((n) => !n.children && n.variables.includes(pending));
    if (!leaf) return;
    setRevealId(leaf.id);
    setPending(null);
  }, [view, pending]);

  const markOwn = useCallback((selected: readonly string[]) => {
    own.current = selected;
  }, []);
  return { revealId, markOwn };
}

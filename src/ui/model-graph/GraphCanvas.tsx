import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { LayoutResult } from '../../workers/layout/layoutGraph';
import type { Completeness } from './completeness';
import { GraphNodeView } from './GraphNodeView';
import type { NodeChange } from '../compare/useGraphChanges';
import type { GraphView, ViewNode } from './graphView';
import { usePanZoom } from './usePanZoom';

export interface GraphCanvasProps {
  view: GraphView;
  layout: LayoutResult;
  completeness: (node: ViewNode) => Completeness;
  /** Comparing with B: each node's largest change (null = not comparing). */
  changeOf?: ((variables: readonly string[]) => NodeChange | null) | null;
  selectedNames: ReadonlySet<string>;
  /** Cell highlighted as the first diverging end point (Verify). */
  divergingCell?: string | null;
  expanded: ReadonlySet<string>;
  /** Changes when the drawing should be framed again (model or mode switched). */
  fitKey: string;
  /** A node to bring into view after it was expanded. */
  focusId: string | null;
  onSelect(node: ViewNode): void;
  onToggle(node: ViewNode): void;
}

function selectionOf(node: ViewNode, names: ReadonlySet<string>): 'self' | 'inside' | null {
  if (names.size === 0 || node.variables.length === 0) return null;
  let hits = 0;
  for (const v of node.variables) if (names.has(v)) hits++;
  if (hits === 0) return null;
  return hits === node.variables.length && hits === names.size ? 'self' : 'inside';
}

/** The SVG drawing with pan (drag) and zoom (wheel, buttons). */
export function GraphCanvas(props: GraphCanvasProps) {
  const {
    view,
    layout,
    completeness,
    selectedNames,
    expanded,
    fitKey,
    focusId,
    onSelect,
    onToggle,
    changeOf,
    divergingCell,
  } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const pz = usePanZoom(svgRef);
  const { fit } = pz;

  useEffect(() => fit(layout.width, layout.height), [fitKey, fit]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const box = focusId ? layout.nodes[focusId] : undefined;
    if (box) fit(layout.width, layout.height, box);
  }, [focusId, layout, fit]);

  const [frames, leaves] = useMemo(
    () => [view.nodes.filter((n) => n.children), view.nodes.filter((n) => !n.children)],
    [view],
  );
  const { endDrag } = pz;
  const select = useCallback((node: ViewNode) => !endDrag() && onSelect(node), [endDrag, onSelect]);
  const { ensureVisible } = pz;
  const reveal = useCallback(
    (node: ViewNode) => {
      const box = layout.nodes[node.id];
      if (box) ensureVisible(box);
    },
    [layout, ensureVisible],
  );
  const renderNode = (n: ViewNode) => {
    const box = layout.nodes[n.id];
    if (!box) return null;
    return (
      <GraphNodeView
        key={n.id}
        node={n}
        box={box}
        completeness={completeness(n)}
        {...(changeOf ? { change: changeOf(n.variables) } : {})}
        selected={selectionOf(n, selectedNames)}
        expanded={expanded.has(n.id) && !!n.children}
        diverging={!!divergingCell && n.id === divergingCell}
        onSelect={select}
        onFocus={reveal}
        onToggle={onToggle}
      />
    );
  };
  return (
    <div className="graph-canvas">
      <svg
        ref={svgRef}
        role="group"
        aria-label="Model graph drawing"
        onWheel={pz.onWheel}
        onPointerDown={pz.onPointerDown}
        onPointerMove={pz.onPointerMove}
        onPointerUp={() => setTimeout(pz.endDrag, 0)}
      >
        <defs>
          <marker
            id="graph-arrow"
            viewBox="0 0 8 8"
            refX={8}
            refY={4}
            markerWidth={7}
            markerHeight={7}
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" className="graph-arrow" />
          </marker>
        </defs>
        <g transform={`translate(${pz.view.x},${pz.view.y}) scale(${pz.view.scale})`}>
          {frames.map(renderNode)}
          <g className="graph-edges">
            {layout.edges.map((e) => (
              <polyline
                key={e.id}
                points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
                markerEnd="url(#graph-arrow)"
              />
            ))}
          </g>
          {leaves.map(renderNode)}
        </g>
      </svg>
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" onClick={() => pz.zoomBy(1.25)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => pz.zoomBy(0.8)}>
          −
        </button>
        <button type="button" aria-label="Fit to view" onClick={() => fit(layout.width, layout.height)}>
          Fit
        </button>
      </div>
    </div>
  );
}

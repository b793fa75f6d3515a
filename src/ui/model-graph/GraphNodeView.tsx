import { memo, type KeyboardEvent } from 'react';
import type { LayoutBox } from '../../workers/layout/layoutGraph';
import { describeCompleteness, type Completeness } from './completeness';
import type { ViewNode } from './graphView';
import type { NodeChange } from '../compare/useGraphChanges';
import { changeColour, describeRow, formatChange } from '../compare/changeColour';

export interface GraphNodeProps {
  node: ViewNode;
  box: LayoutBox;
  completeness: Completeness;
  /** 'self' when the selection is exactly this node's variables, 'inside' when it only touches them. */
  selected: 'self' | 'inside' | null;
  expanded: boolean;
  /** The cell producing the first diverging end point of Verify's last end points check. */
  diverging?: boolean;
  onSelect(node: ViewNode): void;
  onToggle(node: ViewNode): void;
  /** Keyboard focus reached the node: bring it on screen. */
  onFocus(node: ViewNode): void;
  /** Comparing with B: the node's largest change (undefined = not comparing). */
  change?: NodeChange | null;
}

function ExpandToggle({
  node,
  box,
  expanded,
  onToggle,
}: Pick<GraphNodeProps, 'node' | 'box' | 'expanded' | 'onToggle'>) {
  const act = () => onToggle(node);
  return (
    <g
      className="graph-toggle"
      role="button"
      tabIndex={0}
      aria-label={`${expanded ? 'Collapse' : 'Expand'} ${node.label}`}
      aria-expanded={expanded}
      transform={`translate(${box.x + box.width - 22},${box.y + 4})`}
      onClick={(e) => {
        e.stopPropagation();
        act();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          act();
        }
      }}
    >
      <rect width={18} height={18} rx={3} />
      <text x={9} y={13.5} textAnchor="middle">
        {expanded ? '−' : '+'}
      </text>
    </g>
  );
}

/** One box of the graph drawing: a cell, an expanded cell's frame, or an op group. */
export const GraphNodeView = memo(function GraphNodeView(props: GraphNodeProps) {
  const { node, box, completeness, selected, expanded, diverging, onSelect, onToggle, onFocus, change } =
    props;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(node);
    } else if (node.expandable && (e.key === 'ArrowRight' || e.key === '+') && !expanded) onToggle(node);
    else if (node.expandable && (e.key === 'ArrowLeft' || e.key === '-') && expanded) onToggle(node);
  };
  const changeText = change ? `; largest change: ${change.row.a} ${describeRow(change.row)}` : '';
  const status = `${describeCompleteness(completeness)}${changeText}${diverging ? ', first diverging end point' : ''}`;
  const frac = completeness.total ? completeness.mapped / completeness.total : 0;
  const classes = `graph-node kind-${node.kind} level-${completeness.level}${selected ? ` selected-${selected}` : ''}${diverging ? ' diverging' : ''}`;
  return (
    <g className={expanded ? `${classes} expanded` : classes}>
      <g
        role="button"
        tabIndex={0}
        aria-label={`${node.label}: ${status}`}
        aria-pressed={selected === 'self'}
        data-node-id={node.id}
        onClick={() => onSelect(node)}
        onKeyDown={onKeyDown}
        onFocus={() => onFocus(node)}
      >
        <title>{`${node.id}\n${node.detail}\n${status}`}</title>
        <rect
          className="graph-node-box"
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={5}
          {...(change && !expanded
            ? {
                style: { fill: `color-mix(in srgb, ${changeColour(change.score)} 45%, var(--bg))` },
                'data-change': change.score,
              }
            : {})}
        />
        <text className="graph-node-label" x={box.x + 8} y={box.y + 17}>
          {node.label}
        </text>
        {!expanded && (
          <text className="graph-node-detail" x={box.x + 8} y={box.y + 31}>
            {change ? `Δ ${formatChange(change.row.relL2 ?? change.score)}` : node.detail}
          </text>
        )}
        {!expanded && completeness.total > 0 && (
          <g className="graph-node-bar">
            <rect
              x={box.x + 1}
              y={box.y + box.height - 5}
              width={box.width - 2}
              height={4}
              className="track"
            />
            <rect
              x={box.x + 1}
              y={box.y + box.height - 5}
              width={(box.width - 2) * frac}
              height={4}
              className="fill"
            />
          </g>
        )}
      </g>
      {node.expandable && <ExpandToggle node={node} box={box} expanded={expanded} onToggle={onToggle} />}
    </g>
  );
});

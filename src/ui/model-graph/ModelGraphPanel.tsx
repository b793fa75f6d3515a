import { useCallback, useMemo, useState } from 'react';
import { GRAPH_MODES, MODEL_CATALOGUE, type GraphMode, type ModelName } from '../../model/catalogue';
import { useAppStore } from '../../state/store';
import { useGraphDescription } from '../matching/useGraphVariables';
import { ClassesInput } from './ClassesInput';
import { DetectionBanner } from './DetectionBanner';
import { nodeCompleteness } from './completeness';
import { pickForCheckpoint } from './pickVariable';
import { GraphCanvas } from './GraphCanvas';
import { GraphLegend } from './GraphLegend';
import { buildGraphView, type ViewNode } from './graphView';
import { useGraphLayout } from './useGraphLayout';
import { useRevealSelection } from './useRevealSelection';
import { useVariableStatus } from './useVariableStatus';
import { useGraphChanges } from '../compare/useGraphChanges';
import { CompareLegend } from '../compare/CompareLegend';
import './modelGraph.css';

const MODE_LABEL: Record<GraphMode, string> = { inference: 'Inference', training: 'Training (aux head)' };

/** Centre panel; a new checkpoint starts a fresh view (no expanded cells, fitted zoom). */
export function ModelGraphPanel() {
  const handle = useAppStore((s) => s.checkpoint?.handle ?? 0);
  return <ModelGraphView key={handle} />;
}

/** The constructed graph with model, mode and class-count pickers and what detection found. */
function ModelGraphView() {
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  const setModel = useAppStore((s) => s.setModel);
  const setMode = useAppStore((s) => s.setMode);
  const selectedGraphNames = useAppStore((s) => s.selectedGraphNames);
  const selectGraphVariables = useAppStore((s) => s.selectGraphVariables);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const divergingCell = useAppStore((s) => s.divergingCell);

  const graph = useGraphDescription();
  const view = useMemo(() => buildGraphView(graph, expanded), [graph, expanded]);
  const { layout, laidOut, pending, error } = useGraphLayout(view);
  const statusOf = useVariableStatus();
  const completeness = useCallback((n: ViewNode) => nodeCompleteness(n.variables, statusOf), [statusOf]);
  const changeOf = useGraphChanges();
  const selected = useMemo(() => new Set(selectedGraphNames), [selectedGraphNames]);

  const onToggle = useCallback((n: ViewNode) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(n.id)) next.delete(n.id);
      else next.add(n.id);
      return next;
    });
    setFocusId(n.id);
  }, []);
  const expandCell = useCallback((cell: string) => setExpanded((prev) => new Set(prev).add(cell)), []);
  const { revealId, markOwn } = useRevealSelection(graph, view, expandCell);
  const byName = useMemo(() => new Map(graph.variables.map((v) => [v.name, v])), [graph]);
  const onSelect = useCallback(
    (n: ViewNode) => {
      const { selectedCheckpointName, checkpoint } = useAppStore.getState();
      const ckpt = (selectedCheckpointName && checkpoint?.variables.byName(selectedCheckpointName)) || null;
      const names = pickForCheckpoint(n.variables, ckpt, (name) => byName.get(name));
      markOwn(names);
      selectGraphVariables(names, true);
    },
    [selectGraphVariables, markOwn, byName],
  );
  const expandAll = () => setExpanded(new Set(graph.cells.map((c) => c.id)));

  return (
    <section aria-label="Model graph" className="model-graph-panel">
      <div className="model-graph-toolbar" role="toolbar" aria-label="Graph options">
        <label>
          Model{' '}
          <select
            aria-label="Model"
            value={model}
            onChange={(e) => {
              setFocusId(null);
              setModel(e.target.value as ModelName);
            }}
          >
            {MODEL_CATALOGUE.map((m) => (
              <option key={m.name} value={m.name}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mode{' '}
          <select
            aria-label="Mode"
            value={mode}
            onChange={(e) => {
              setFocusId(null);
              setMode(e.target.value as GraphMode);
            }}
          >
            {GRAPH_MODES.map((m) => (
              <option key={m} value={m}>
                {MODE_LABEL[m]}
              </option>
            ))}
          </select>
        </label>
        <ClassesInput />
        <button type="button" onClick={expandAll}>
          Expand all
        </button>
        <button type="button" onClick={() => setExpanded(new Set())} disabled={expanded.size === 0}>
          Collapse all
        </button>
        <span className="graph-summary" aria-live="polite">
          {graph.cells.length} blocks · {graph.variables.length} variables{pending ? ' · laying out…' : ''}
        </span>
      </div>
      <DetectionBanner />
      {error && <p role="alert">Graph layout failed: {error.problem}</p>}
      {layout && laidOut && (
        <GraphCanvas
          view={laidOut}
          layout={layout}
          completeness={completeness}
          changeOf={changeOf}
          selectedNames={selected}
          expanded={expanded}
          fitKey={laidOut.key}
          focusId={revealId ?? focusId ?? divergingCell}
          divergingCell={divergingCell}
          onSelect={onSelect}
          onToggle={onToggle}
        />
      )}
      <GraphLegend />
      {changeOf && <CompareLegend />}
    </section>
  );
}

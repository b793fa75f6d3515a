import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { MapControls } from '../matching/MapControls';
import { useGraphVariableMap } from '../matching/useGraphVariables';
import { CheckpointVariableDetails } from './CheckpointVariableDetails';
import { GraphVariableDetails } from './GraphVariableDetails';
import { TensorValues } from './TensorValues';
import { CompareDetails } from '../compare/CompareDetails';

/** Right pane "Details": mapping controls, then both sides of the current selection. */
export function DetailsPanel() {
  const checkpoint = useAppStore((s) => s.checkpoint);
  const selectedName = useAppStore((s) => s.selectedCheckpointName);
  const graphNames = useAppStore((s) => s.selectedGraphNames);
  const selectGraph = useAppStore((s) => s.selectGraphVariables);
  const graphVars = useGraphVariableMap();
  const variable = useMemo(
    () => (selectedName ? checkpoint?.variables.byName(selectedName) : undefined),
    [checkpoint, selectedName],
  );
  const graphVar = graphNames.length === 1 ? graphVars.get(graphNames[0]!) : undefined;
  return (
    <div className="details-panel" aria-label="Selection details" role="region">
      <MapControls />
      {variable && <CheckpointVariableDetails variable={variable} />}
      {variable && <CompareDetails name={variable.name} />}
      {graphVar && <GraphVariableDetails variable={graphVar} />}
      {graphNames.length > 1 && (
        <section aria-label="Selected graph variables" className="details-section">
          <h3>{graphNames.length} graph variables selected</h3>
          <ul className="plain-list mono">
            {graphNames.map((n) => (
              <li key={n}>
                <button type="button" className="link" onClick={() => selectGraph([n])}>
                  {n}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {variable && checkpoint && <TensorValues handle={checkpoint.handle} name={variable.name} />}
      {!variable && graphNames.length === 0 && (
        <p className="muted empty">
          Select a checkpoint variable in the tree, or a graph variable in the list or the graph, to see its
          details.
        </p>
      )}
    </div>
  );
}

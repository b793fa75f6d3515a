import { dismissRefusal, mapSelection, setLocked, unmap } from '../../state/actions/mappingActions';
import { useAppStore } from '../../state/store';
import { GeneralizationPrompt } from './GeneralizationPrompt';
import { ResumeBanner } from './ResumeBanner';

/** Map the current selection, or unmap/lock its pair; refusals are explained right here. */
export function MapControls() {
  const ckpt = useAppStore((s) => s.selectedCheckpointName);
  const graphNames = useAppStore((s) => s.selectedGraphNames);
  const hasMapping = useAppStore((s) => s.mapping !== null);
  const refusal = useAppStore((s) => s.refusal);
  const graph = graphNames.length === 1 ? graphNames[0]! : null;
  const pairOfGraph = useAppStore((s) => (graph ? s.pairByGraph.get(graph) : undefined));
  const pairOfCkpt = useAppStore((s) => (ckpt ? s.pairByCheckpoint.get(ckpt) : undefined));
  const pair = pairOfGraph ?? pairOfCkpt;
  const already = pairOfGraph && pairOfGraph.checkpoint === ckpt;
  return (
    <div className="map-controls" role="group" aria-label="Mapping controls">
      <ResumeBanner />
      <GeneralizationPrompt />
      {hasMapping && (
        <div className="map-buttons">
          <button
            type="button"
            className="primary"
            disabled={!ckpt || !graph || !!already}
            onClick={() => void mapSelection()}
            title={!ckpt || !graph ? 'Select a checkpoint variable and one graph variable first' : undefined}
          >
            Map selected
          </button>
          <button
            type="button"
            disabled={!pair || pair.locked}
            onClick={() => pair && void unmap(pair.graph)}
          >
            Unmap
          </button>
          <button
            type="button"
            disabled={!pair}
            aria-pressed={pair?.locked ?? false}
            onClick={() => pair && void setLocked(pair.graph, !pair.locked)}
          >
            {pair?.locked ? 'Unlock' : 'Lock'}
          </button>
          <span className="muted map-hint">
            {!ckpt
              ? 'Pick a checkpoint variable'
              : !graph
                ? 'then a graph variable'
                : already
                  ? 'Already mapped'
                  : ''}
          </span>
        </div>
      )}
      {refusal && (
        <div className="refusal" role="alert" aria-label="Mapping refused">
          <strong>Cannot map</strong> <span className="mono">{refusal.checkpoint}</span> →{' '}
          <span className="mono">{refusal.graph}</span>
          <div>{refusal.reason}</div>
          <button type="button" onClick={dismissRefusal}>
            OK
          </button>
        </div>
      )}
    </div>
  );
}

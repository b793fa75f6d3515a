import type { GraphVariable } from '../../model/graphVariable';
import { useAppStore } from '../../state/store';
import { formatShape } from '../common/format';
import { elementCount } from '../scope-tree/scopeTree';
import { exportTensorNpy } from '../../state/actions/exportActions';
import { saveAll } from '../matching/ExportSection';
import { KeyValues } from './KeyValues';
import { NameLine } from './NameLine';
import { SetFromNpy } from './SetFromNpy';

/** The selected graph variable: its place in the model and which checkpoint tensor feeds it. */
export function GraphVariableDetails({ variable }: { variable: GraphVariable }) {
  const pair = useAppStore((s) => s.pairByGraph.get(variable.name));
  const selectCheckpoint = useAppStore((s) => s.selectCheckpointVariable);
  const setLeftTab = useAppStore((s) => s.setLeftTab);
  return (
    <section aria-label="Graph variable" className="details-section">
      <h3>Graph variable</h3>
      <NameLine name={variable.name} kind="graph" />
      <KeyValues
        label="Graph variable facts"
        rows={[
          ['shape', <span className="mono">{formatShape(variable.shape)}</span>],
          ['elements', elementCount(variable.shape).toLocaleString()],
          ['kind', variable.kind],
          ['cell', <span className="mono">{variable.cell}</span>],
          ['op', <span className="mono">{variable.op}</span>],
        ]}
      />
      {pair ? (
        <div className="match-box st-matched-box" aria-label="Weights source">
          Weights from{' '}
          {pair.how === 'npy' ? (
            <span className="mono">{pair.checkpoint}</span>
          ) : (
            <button
              type="button"
              className="link mono"
              onClick={() => {
                setLeftTab('checkpoint');
                selectCheckpoint(pair.checkpoint, true);
              }}
            >
              {pair.checkpoint}
            </button>
          )}
          <div className="muted">
            {pair.how}
            {pair.transform ? ` · transform: ${pair.transform}` : ''}
          </div>
          <button type="button" onClick={() => void exportTensorNpy(variable.name, 'graph').then(saveAll)}>
            Export value as .npy
          </button>
        </div>
      ) : (
        <p className="st-unmatched">No weights mapped yet.</p>
      )}
      <SetFromNpy key={variable.name} graph={variable.name} />
    </section>
  );
}

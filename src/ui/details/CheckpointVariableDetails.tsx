import type { ReactNode } from 'react';
import type { CheckpointVariable } from '../../formats/checkpoint';
import { useAppStore } from '../../state/store';
import { formatBytes, formatShape } from '../common/format';
import { elementCount } from '../scope-tree/scopeTree';
import { exportTensorNpy } from '../../state/actions/exportActions';
import { saveAll } from '../matching/ExportSection';
import { STATUS_LABELS } from '../../state/selectors/matchStatus';
import { ROLE_LABELS } from '../common/roleLabels';
import { KeyValues } from './KeyValues';
import { NameLine } from './NameLine';

const ROLE_TEXT: Record<CheckpointVariable['role'], string> = {
  weight: ROLE_LABELS.weight,
  ema: `${STATUS_LABELS.excluded}: ${ROLE_LABELS.ema} (exponential moving average)`,
  optimizer_slot: `${STATUS_LABELS.excluded}: ${ROLE_LABELS.optimizer_slot} (training state)`,
  bookkeeping: `${STATUS_LABELS.excluded}: ${ROLE_LABELS.bookkeeping} (counters, step)`,
  object_graph: `${STATUS_LABELS.excluded}: ${ROLE_LABELS.object_graph} (TF2)`,
  metadata: `${STATUS_LABELS.excluded}: ${ROLE_LABELS.metadata} saved beside the weights (not a tensor)`,
};

/** The selected checkpoint variable: facts and how it is mapped (values are shown below both sides). */
export function CheckpointVariableDetails({ variable }: { variable: CheckpointVariable }) {
  const pair = useAppStore((s) => s.pairByCheckpoint.get(variable.name));
  const mismatch = useAppStore((s) => s.mismatchByCheckpoint.get(variable.name));
  const ambiguity = useAppStore((s) => s.mapping?.ambiguities.find((a) => a.name === variable.name));
  const selectGraph = useAppStore((s) => s.selectGraphVariables);
  const rows: [string, ReactNode][] = [
    ['dtype', <span className="mono">{variable.dtype}</span>],
    ['shape', <span className="mono">{formatShape(variable.shape)}</span>],
    ['elements', elementCount(variable.shape).toLocaleString()],
    ['size', formatBytes(variable.bytes)],
    ['role', ROLE_TEXT[variable.role]],
    ['stored at', `shard ${variable.shard}, offset ${variable.offset.toLocaleString()}`],
  ];
  if (variable.value !== undefined) rows.unshift(['value', <span className="mono">{variable.value}</span>]);
  if (variable.fullName && variable.fullName !== variable.name)
    rows.unshift(['variable name', <span className="mono">{variable.fullName}</span>]);
  if (variable.slices) rows.push(['partitioned', `${variable.slices} slices, stitched`]);
  if (variable.layerClass)
    rows.splice(variable.fullName && variable.fullName !== variable.name ? 1 : 0, 0, [
      'layer class',
      <span className="mono">{variable.layerClass}</span>,
    ]);
  const q = variable.quantization;
  if (q)
    rows.push([
      'quantization',
      <span className="mono">
        {q.dtype}
        {q.scale !== undefined
          ? ` · scale ${Number(q.scale.toPrecision(6))} · min ${Number(q.min?.toPrecision(6))}`
          : ''}{' '}
        · dequantized to {variable.dtype} on read
      </span>,
    ]);
  return (
    <section aria-label="Checkpoint variable" className="details-section">
      <h3>Checkpoint variable</h3>
      <NameLine name={variable.name} kind="checkpoint" />
      <KeyValues label="Checkpoint variable facts" rows={rows} />
      {variable.dtype !== 'resource' && variable.dtype !== 'variant' && (
        <button type="button" onClick={() => void exportTensorNpy(variable.name, 'checkpoint').then(saveAll)}>
          Export tensor as .npy
        </button>
      )}
      {pair && (
        <div className="match-box st-matched-box" aria-label="Match">
          <div>
            Mapped to{' '}
            <button type="button" className="link mono" onClick={() => selectGraph([pair.graph], true)}>
              {pair.graph}
            </button>
          </div>
          <div className="muted">
            {pair.how} · confidence {Math.round(pair.confidence * 100)}%{pair.locked ? ' · locked' : ''}
            {pair.transform ? ` · transform: ${pair.transform}` : ''}
          </div>
          {pair.reason && <div className="muted">{pair.reason}</div>}
        </div>
      )}
      {mismatch && (
        <div className="match-box mismatch-box" role="note" aria-label="Mismatch">
          <strong>Shape mismatch with</strong> <span className="mono">{mismatch.graph}</span>
          <div>{mismatch.explanation}</div>
        </div>
      )}
      {ambiguity && (
        <div className="match-box ambiguous-box" role="note" aria-label="Ambiguity">
          <strong>Ambiguous:</strong> {ambiguity.reason}
          <ul className="mono">
            {ambiguity.candidates.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { modelEntry } from '../../model/catalogue';
import { currentSourceKey } from '../../state/slices/verifyActions';
import type { RunProvenance, VerifyRun } from '../../state/slices/verifySlice';
import { useAppStore } from '../../state/store';
import { ActivationTable } from './ActivationTable';
import { EndpointsCompare } from './EndpointsCompare';
import { ReferenceCompare } from './ReferenceCompare';

const BACKEND_LABEL = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' } as const;

/** A new run scrolls into view once; re-mounting (switching tabs) does not scroll again. */
let lastRevealedRun = 0;

/** "model.ckpt · NASNet-A Mobile, inference, 1001 classes · raw weights · mapping rev 3". */
function Provenance({ p, stale }: { p: RunProvenance; stale: boolean }) {
  return (
    <p className="verify-provenance" aria-label="Made from">
      {p.checkpoint} · {modelEntry(p.model).shortLabel}, {p.mode}, {p.numClasses} classes · {p.weights}{' '}
      weights · mapping rev {p.mappingRevision}
      {stale && (
        <span className="stale-badge" title="The checkpoint, graph or mapping changed after this run">
          {' '}
          · stale: made before the checkpoint or mapping changed
        </span>
      )}
    </p>
  );
}

/** One run: top-5 per input, backend and latency, reference comparison, activation statistics. */
export function RunCard({ run }: { run: VerifyRun }) {
  const perImage = run.latencyMs / Math.max(1, run.top.length);
  const ref = useRef<HTMLElement>(null);
  // Re-render when what the run was made from may have changed.
  useAppStore((s) => s.mapping);
  useAppStore((s) => s.checkpoint);
  useAppStore((s) => s.numClasses);
  const stale = !!run.provenance && run.provenance.sourceKey !== currentSourceKey();
  useEffect(() => {
    if (run.id <= lastRevealedRun) return;
    lastRevealedRun = run.id;
    ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [run.id]);
  return (
    <article ref={ref} className={stale ? 'verify-run stale' : 'verify-run'} aria-label={`Run ${run.id}`}>
      <header>
        <strong>Run {run.id}</strong> · backend <strong>{BACKEND_LABEL[run.backend]}</strong>
        {run.backend === 'wasm' && (
          <span aria-label="Threads">
            {' '}
            on {run.threads} {run.threads === 1 ? 'thread' : 'threads'}
          </span>
        )}{' '}
        ·{' '}
        <span aria-label="Latency">
          {run.latencyMs.toFixed(0)} ms for {run.top.length} input{run.top.length === 1 ? '' : 's'}
          {run.top.length > 1 ? ` (${perImage.toFixed(0)} ms each)` : ''}
        </span>
        {run.timings && (
          <span
            className="verify-hint"
            title="Activation statistics are computed between the forward pass's ops"
          >
            : forward pass <span aria-label="Forward pass">{run.timings.forwardMs.toFixed(0)} ms</span>,
            statistics <span aria-label="Statistics time">{run.timings.statsMs.toFixed(0)} ms</span>
          </span>
        )}
        {run.cold && <span className="verify-hint"> · first run on this backend (includes warm-up)</span>}
        {run.provenance && <Provenance p={run.provenance} stale={stale} />}
      </header>
      <div className="verify-results">
        {run.top.map((top, i) => {
          const input = run.inputs[i];
          const name = input?.name ?? `input ${i}`;
          return (
            <figure key={i} className="verify-result">
              {input?.thumbnailUrl && <img src={input.thumbnailUrl} alt={name} width={72} height={72} />}
              <figcaption>
                <table aria-label={`Top-5 for ${name}`}>
                  <caption>{name}</caption>
                  <tbody>
                    {top.map((p) => (
                      <tr key={p.index}>
                        <td className="prob">{(p.probability * 100).toFixed(1)}%</td>
                        <td>
                          <meter min={0} max={1} value={p.probability} aria-hidden="true" />
                        </td>
                        <td className="label" title={`class ${p.index}, logit ${p.logit.toFixed(3)}`}>
                          {p.label.split(',')[0]}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </figcaption>
            </figure>
          );
        })}
      </div>
      <ReferenceCompare run={run} />
      <EndpointsCompare run={run} />
      <ActivationTable stats={run.stats} runId={run.id} />
    </article>
  );
}

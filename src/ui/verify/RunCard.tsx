import { useEffect, useRef } from 'react';
import type { VerifyRun } from '../../state/slices/verifySlice';
import { ActivationTable } from './ActivationTable';
import { ReferenceCompare } from './ReferenceCompare';

const BACKEND_LABEL = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' } as const;

/** A new run scrolls into view once; re-mounting (switching tabs) does not scroll again. */
let lastRevealedRun = 0;

/** One run: top-5 per input, backend and latency, reference comparison, activation statistics. */
export function RunCard({ run }: { run: VerifyRun }) {
  const perImage = run.latencyMs / Math.max(1, run.top.length);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (run.id <= lastRevealedRun) return;
    lastRevealedRun = run.id;
    ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [run.id]);
  return (
    <article ref={ref} className="verify-run" aria-label={`Run ${run.id}`}>
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
        {run.cold && <span className="verify-hint"> · first run on this backend (includes warm-up)</span>}
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
      <ActivationTable stats={run.stats} runId={run.id} />
    </article>
  );
}

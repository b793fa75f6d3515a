import { formatNumber } from '../common/format';
import { Histogram } from './Histogram';
import { useTensorSummary } from './useTensorSummary';

interface Props {
  handle: number;
  name: string;
}

/** Statistics, histogram and a preview of a checkpoint tensor's values (read on demand). */
export function TensorValues({ handle, name }: Props) {
  const state = useTensorSummary(handle, name);
  if (!state || state.status === 'loading')
    return (
      <p className="muted" role="status">
        Reading values…
      </p>
    );
  if (state.status === 'error') {
    return (
      <div role="alert" className="inline-error">
        <strong>Values cannot be read.</strong> {state.error.problem}
        {state.error.hint && <div className="muted">{state.error.hint}</div>}
      </div>
    );
  }
  const { stats, histogram, preview } = state.summary;
  return (
    <section aria-label="Values" className="tensor-values">
      {stats && (
        <table className="kv stats-table" aria-label="Statistics">
          <tbody>
            <tr>
              <th scope="row">min / max</th>
              <td className="mono">
                {formatNumber(stats.min)} / {formatNumber(stats.max)}
              </td>
            </tr>
            <tr>
              <th scope="row">mean ± std</th>
              <td className="mono">
                {formatNumber(stats.mean)} ± {formatNumber(stats.std)}
              </td>
            </tr>
            <tr>
              <th scope="row">zeros / NaN / Inf</th>
              <td className={`mono${stats.nan || stats.inf ? ' st-mismatch' : ''}`}>
                {stats.zeros.toLocaleString()} / {stats.nan.toLocaleString()} / {stats.inf.toLocaleString()}
              </td>
            </tr>
          </tbody>
        </table>
      )}
      {histogram && <Histogram {...histogram} label={`Histogram of ${name}`} />}
      <h4>
        Values{' '}
        <span className="muted">
          (first {preview.values.length.toLocaleString()} of {preview.total.toLocaleString()})
        </span>
      </h4>
      <pre className="mono value-preview" aria-label="Value preview">
        {preview.values.join('  ')}
      </pre>
    </section>
  );
}

import type { ActivationStats } from '../../inference/activationStats';
import { formatNumber } from '../common/format';
import { activationFlag, FLAG_TEXT } from './activationFlags';

/** Per-end-point activation statistics; cells that explode or die are highlighted. */
export function ActivationTable({ stats, runId }: { stats: ActivationStats[]; runId: number }) {
  const flagged = stats.filter((s) => activationFlag(s) !== null).length;
  return (
    <details className="verify-stats">
      <summary>
        Activation statistics ({stats.length} end points
        {flagged ? `, ${flagged} flagged` : ', all healthy'}, over the whole batch)
      </summary>
      <div className="verify-stats-scroll">
        <table aria-label={`Activation statistics of run ${runId}`}>
          <thead>
            <tr>
              <th scope="col">End point</th>
              <th scope="col">Shape</th>
              <th scope="col">Mean</th>
              <th scope="col">Std</th>
              <th scope="col">Min</th>
              <th scope="col">Max</th>
              <th scope="col">NaN</th>
              <th scope="col">Inf</th>
              <th scope="col">Flag</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => {
              const flag = activationFlag(s);
              return (
                <tr key={s.name} className={flag ? `flag-${flag}` : undefined}>
                  <th scope="row">{s.name}</th>
                  <td>{s.shape.join('×')}</td>
                  <td>{formatNumber(s.mean)}</td>
                  <td>{formatNumber(s.std)}</td>
                  <td>{formatNumber(s.min)}</td>
                  <td>{formatNumber(s.max)}</td>
                  <td>{s.nanCount}</td>
                  <td>{s.infCount}</td>
                  <td>{flag ? FLAG_TEXT[flag] : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

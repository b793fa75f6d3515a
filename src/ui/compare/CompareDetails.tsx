import { useEffect, useState } from 'react';
import type { PairHistograms } from '../../formats/compare/pairHistograms';
import type { DiffRow } from '../../matching/compare/diffTypes';
import { checkpointClient } from '../../state/checkpointClient';
import { useCompareView } from '../../state/selectors/compareView';
import { useAppStore } from '../../state/store';
import { formatShape } from '../common/format';
import { Histogram } from '../details/Histogram';
import { describeRow, formatChange } from './changeColour';
import './compare.css';
import { OverlaidHistograms } from './OverlaidHistograms';

/** Loads the pair's histograms from the worker; null while loading or when there is nothing to bin. */
function usePairHistograms(row: DiffRow | undefined): { data: PairHistograms | null; error: string | null } {
  const compare = useAppStore((s) => s.compare);
  const [state, setState] = useState<{ key: string; data: PairHistograms | null; error: string | null }>({
    key: '',
    data: null,
    error: null,
  });
  const key = row && compare ? `${compare.bHandle}\u0000${row.a}\u0000${row.b}` : '';
  const comparable = !!row?.a && !!row.b && row.status !== 'error' && row.dtypeA !== 'string';
  useEffect(() => {
    if (!compare || !row?.a || !row.b || !comparable) return;
    const controller = new AbortController();
    checkpointClient()
      .call(
        'comparePairHistograms',
        { a: compare.aHandle, b: compare.bHandle, nameA: row.a, nameB: row.b },
        { signal: controller.signal },
      )
      .then(
        (data) => setState({ key, data, error: null }),
        (e: unknown) => {
          if (!controller.signal.aborted)
            setState({ key, data: null, error: e instanceof Error ? e.message : String(e) });
        },
      );
    return () => controller.abort();
  }, [compare, row, key, comparable]);
  return state.key === key ? state : { data: null, error: null };
}

/** The selected A tensor against its pair in B: statistics, overlaid histograms, histogram of a − b. */
export function CompareDetails({ name }: { name: string }) {
  const view = useCompareView();
  const row = view?.rowOfA.get(name);
  const { data, error } = usePairHistograms(row);
  if (!view || !row) return null;
  return (
    <section className="details-section compare-details" aria-label="Comparison with B">
      <h3>Against B</h3>
      <p className="mono">
        {row.b ?? '—'} <span className="muted">({describeRow(row)})</span>
      </p>
      <table className="kv">
        <tbody>
          {(
            [
              ['max |a−b|', formatChange(row.maxAbs)],
              ['mean |a−b|', formatChange(row.meanAbs)],
              ['relative L2', formatChange(row.relL2)],
              ['cosine', row.cosine === null ? '–' : row.cosine.toFixed(6)],
              [
                'changed',
                row.changedFraction === null ? '–' : `${(row.changedFraction * 100).toPrecision(3)} %`,
              ],
              [
                'shape A / B',
                `${row.shapeA ? formatShape(row.shapeA) : '–'} / ${row.shapeB ? formatShape(row.shapeB) : '–'}`,
              ],
              ['dtype A / B', `${row.dtypeA ?? '–'} / ${row.dtypeB ?? '–'}`],
              ['paired by', `${row.pairedBy ?? '–'}${row.transform ? ` (${row.transform})` : ''}`],
            ] as const
          ).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td className="mono">{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <p className="st-mismatch">{error}</p>}
      {data && (
        <>
          <h4>Values of A and B</h4>
          <OverlaidHistograms a={data.a} b={data.b} label={`Histograms of ${name} in A and B`} />
          {data.diff && (
            <>
              <h4>a − b</h4>
              <Histogram {...data.diff} label={`Histogram of a − b for ${name}`} />
            </>
          )}
        </>
      )}
    </section>
  );
}

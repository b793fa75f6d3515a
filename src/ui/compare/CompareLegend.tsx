import { changeColour } from './changeColour';

const STOPS: Array<[number, string]> = [
  [0, 'identical'],
  [1e-6, '1e-6'],
  [1e-4, '1e-4'],
  [1e-2, '1e-2'],
  [1, '≥ 1 relative L2'],
];

/** While comparing, graph cells are filled by their largest change: what the colours mean. */
export function CompareLegend() {
  return (
    <ul className="graph-legend compare-legend" aria-label="Change legend">
      <li>Fill = largest change against B:</li>
      {STOPS.map(([score, label]) => (
        <li key={label}>
          <span className="change-swatch" style={{ background: changeColour(score) }} aria-hidden="true" />{' '}
          {label}
        </li>
      ))}
    </ul>
  );
}

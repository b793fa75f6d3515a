import { formatNumber } from '../common/format';

interface Props {
  min: number;
  max: number;
  counts: number[];
  /** Accessible name, e.g. "Histogram of conv0/weights". */
  label: string;
}

const W = 280;
const H = 90;

/** Value histogram as an SVG bar chart (log-free, bars scaled to the tallest bin). */
export function Histogram({ min, max, counts, label }: Props) {
  const peak = Math.max(1, ...counts);
  const bw = W / Math.max(1, counts.length);
  const zeroX = min < 0 && max > 0 ? ((0 - min) / (max - min)) * W : null;
  return (
    <figure className="histogram">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${W} ${H + 14}`}
        width="100%"
        preserveAspectRatio="none"
      >
        {counts.map((c, i) => {
          const h = c === 0 ? 0 : Math.max(1, (c / peak) * H);
          return (
            <rect
              key={i}
              x={i * bw}
              y={H - h}
              width={Math.max(0.5, bw - 0.5)}
              height={h}
              className="hist-bar"
            >
              <title>
                {formatNumber(min + (i * (max - min)) / counts.length)} …{' '}
                {formatNumber(min + ((i + 1) * (max - min)) / counts.length)}: {c.toLocaleString()}
              </title>
            </rect>
          );
        })}
        {zeroX !== null && <line x1={zeroX} x2={zeroX} y1={0} y2={H} className="hist-zero" />}
        <line x1={0} x2={W} y1={H} y2={H} className="hist-axis" />
        <text x={0} y={H + 12} className="hist-label">
          {formatNumber(min)}
        </text>
        <text x={W} y={H + 12} className="hist-label" textAnchor="end">
          {formatNumber(max)}
        </text>
      </svg>
    </figure>
  );
}

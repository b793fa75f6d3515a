import type { Histogram as HistogramData } from '../../formats/stats/tensorStats';
import { formatNumber } from '../common/format';

const W = 280;
const H = 90;

function path(h: HistogramData, peak: number): string {
  const bw = W / Math.max(1, h.counts.length);
  let d = `M0,${H}`;
  h.counts.forEach((c, i) => {
    const y = H - (c / peak) * H;
    d += ` L${i * bw},${y} L${(i + 1) * bw},${y}`;
  });
  return `${d} L${W},${H} Z`;
}

/** Two histograms on one shared range, drawn as translucent steps (A blue, B orange). */
export function OverlaidHistograms({ a, b, label }: { a: HistogramData; b: HistogramData; label: string }) {
  const peak = Math.max(1, ...a.counts, ...b.counts);
  return (
    <figure className="histogram overlaid">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${W} ${H + 14}`}
        width="100%"
        preserveAspectRatio="none"
      >
        <path d={path(a, peak)} className="hist-a" />
        <path d={path(b, peak)} className="hist-b" />
        <line x1={0} x2={W} y1={H} y2={H} className="hist-axis" />
        <text x={0} y={H + 12} className="hist-label">
          {formatNumber(a.min)}
        </text>
        <text x={W} y={H + 12} className="hist-label" textAnchor="end">
          {formatNumber(a.max)}
        </text>
      </svg>
      <figcaption className="muted">
        <span className="legend-a">■ A</span> <span className="legend-b">■ B</span>
      </figcaption>
    </figure>
  );
}

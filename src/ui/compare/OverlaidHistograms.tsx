import type { Histogram as HistogramData } from '../../formats/stats/tensorStats';
import { HIST_H as H, HIST_W as W, HistogramFrame } from '../common/HistogramFrame';

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
    <HistogramFrame
      label={label}
      min={a.min}
      max={a.max}
      className="overlaid"
      caption={
        <>
          <span className="legend-a">■ A</span> <span className="legend-b">■ B</span>
        </>
      }
    >
      <path d={path(a, peak)} className="hist-a" />
      <path d={path(b, peak)} className="hist-b" />
    </HistogramFrame>
  );
}

import { formatNumber } from '../common/format';
import { HIST_H as H, HIST_W as W, HistogramFrame } from '../common/HistogramFrame';

interface Props {
  min: number;
  max: number;
  counts: number[];
  /** Accessible name, e.g. "Histogram of conv0/weights". */
  label: string;
}

/** Value histogram as an SVG bar chart (log-free, bars scaled to the tallest bin). */
export function Histogram({ min, max, counts, label }: Props) {
  const peak = Math.max(1, ...counts);
  const bw = W / Math.max(1, counts.length);
  const zeroX = min < 0 && max > 0 ? ((0 - min) / (max - min)) * W : null;
  return (
    <HistogramFrame label={label} min={min} max={max}>
      {counts.map((c, i) => {
        const h = c === 0 ? 0 : Math.max(1, (c / peak) * H);
        return (
          <rect key={i} x={i * bw} y={H - h} width={Math.max(0.5, bw - 0.5)} height={h} className="hist-bar">
            <title>
              {formatNumber(min + (i * (max - min)) / counts.length)} …{' '}
              {formatNumber(min + ((i + 1) * (max - min)) / counts.length)}: {c.toLocaleString()}
            </title>
          </rect>
        );
      })}
      {zeroX !== null && <line x1={zeroX} x2={zeroX} y1={0} y2={H} className="hist-zero" />}
    </HistogramFrame>
  );
}

import type { ReactNode } from 'react';
import { formatNumber } from './format';

/** Drawing area of every histogram, in SVG units (the axis labels sit below it). */
export const HIST_W = 280;
export const HIST_H = 90;

interface Props {
  /** Accessible name, e.g. "Histogram of conv0/weights". */
  label: string;
  /** The range's two ends, printed under the axis. */
  min: number;
  max: number;
  /** Extra class on the figure (`histogram <className>`). */
  className?: string;
  caption?: ReactNode;
  /** The bars or steps, drawn before the axis. */
  children: ReactNode;
}

/** The frame every histogram draws in: an SVG image with its axis and the range's two ends. */
export function HistogramFrame({ label, min, max, className, caption, children }: Props) {
  return (
    <figure className={className ? `histogram ${className}` : 'histogram'}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${HIST_W} ${HIST_H + 14}`}
        width="100%"
        preserveAspectRatio="none"
      >
        {children}
        <line x1={0} x2={HIST_W} y1={HIST_H} y2={HIST_H} className="hist-axis" />
        <text x={0} y={HIST_H + 12} className="hist-label">
          {formatNumber(min)}
        </text>
        <text x={HIST_W} y={HIST_H + 12} className="hist-label" textAnchor="end">
          {formatNumber(max)}
        </text>
      </svg>
      {caption !== undefined && <figcaption className="muted">{caption}</figcaption>}
    </figure>
  );
}

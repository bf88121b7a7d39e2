/** The time ruler on the left: virtual milliseconds, and the stretches cut short. */
import { memo } from 'react';
import { useLang, useT } from '../store';
import { formatNumber } from '../strings/intl';
import { type Band, breaksInBand, ticksInBand } from './band';
import type { TimeScale } from './scale';

interface Props {
  scale: TimeScale;
  x: number;
  /** Where a stretch cut short ends on the right: where the now line does, at the phase rail. */
  right: number;
  /** The band drawn (a long diagram's ticks and breaks outside it are left out). */
  band: Band;
}

export const Ruler = memo(function Ruler({ scale, x, right, band }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing, not focusable; the explanation says it in words
    <g className="ruler" aria-hidden="true">
      <text x={x - 8} y={scale.top - 14} textAnchor="end" className="ruler-title">
        {t['diagram.ms']}
      </text>
      <line x1={x} x2={x} y1={scale.top} y2={scale.height - 12} />
      {ticksInBand(scale.ticks, band).map((tick) => (
        <g key={tick.time} transform={`translate(0 ${tick.y.toFixed(1)})`}>
          <line x1={x - 5} x2={x} y1={0} y2={0} />
          <text x={x - 8} y={4} textAnchor="end">
            {formatNumber(lang, tick.time)}
          </text>
        </g>
      ))}
      {breaksInBand(scale.breaks, band).map((b) => (
        <g key={b.from} className="break">
          {/* Across the whole time axis, as the now line is: time is cut short for both lanes and
              their state tags, not up to the server's lane only. */}
          <rect x={x - 6} y={b.y0 + 4} width={right - x + 6} height={b.y1 - b.y0 - 8} />
          <path
            d={`M ${x - 8} ${b.y0 + 10} l 16 -6 M ${x - 8} ${b.y1 - 4} l 16 -6`}
            className="break-zigzag"
          />
          <title>{t['diagram.time']}</title>
        </g>
      ))}
    </g>
  );
});

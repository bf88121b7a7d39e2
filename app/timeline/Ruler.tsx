/**
 * The time ruler on the left: virtual milliseconds, to scale but where it pauses (its line doubled:
 * the room drawn at one instant) and the stretches cut short.
 */
import { memo } from 'react';
import { useLang, useT } from '../store';
import { formatNumber } from '../strings/intl';
import { type Band, breaksInBand, pausesInBand, ticksInBand } from './band';
import type { ScalePause, TimeScale } from './scale';

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
  const pauses = marks(pausesInBand(scale.pauses, band));
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing, not focusable; the explanation says it in words
    <g className="ruler" aria-hidden="true">
      <text x={x - 8} y={scale.top - 14} textAnchor="end" className="ruler-title">
        {t['diagram.ms']}
      </text>
      {runs(pauses, scale.top, scale.height - 12, band).map(([y1, y2]) => (
        <line key={y1} x1={x} x2={x} y1={y1} y2={y2} />
      ))}
      {/* A pause is the ruler's line doubled, as on a player's pause button. */}
      {pauses.map(([y1, y2]) => (
        <path
          key={`p${y1}`}
          d={`M ${x - 2} ${y1} V ${y2} M ${x + 2} ${y1} V ${y2}`}
          className="ruler-pause"
        />
      ))}
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

/**
 * The pauses as drawn: two less than a pixel and a half apart (a lane's next moment a fraction of
 * a millisecond after the one before) as one, which a seam between them would only clutter; and
 * none shorter than `LEAST_MARK_PX`, which would be a speck, not a mark, and put a tick further
 * from its time than anyone reads a ruler.
 */
function marks(pauses: readonly ScalePause[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of pauses) {
    const last = out[out.length - 1];
    if (last && p.y0 - last[1] < 1.5) last[1] = p.y1;
    else out.push([p.y0, p.y1]);
  }
  return out.filter(([y0, y1]) => y1 - y0 >= LEAST_MARK_PX);
}

/** The shortest pause drawn (px). */
const LEAST_MARK_PX = 3;

/**
 * The stretches of the ruler between `top` and `bottom` where time runs, all but its pauses,
 * that reach into the band.
 */
function runs(
  pauses: readonly [number, number][],
  top: number,
  bottom: number,
  band: Band,
): [number, number][] {
  const out: [number, number][] = [];
  let from = top;
  for (const [y0, y1] of pauses) {
    if (y0 > from) out.push([from, y0]);
    from = Math.max(from, y1);
  }
  if (bottom > from) out.push([from, bottom]);
  return out.filter(([a, b]) => b >= band.from && a <= band.to);
}

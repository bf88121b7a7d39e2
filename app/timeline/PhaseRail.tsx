/**
 * MDN's three phases along the diagram's side, as bars from the first to the
 * last moment of each phase (they overlap in time: the server may still be
 * finishing the handshake while the client writes its request). A fourth bar
 * is the teardown, which MDN's model leaves out (the seven steps' step 7).
 *
 * Each bar's number is written just above its top, in its own column: in one
 * row at the diagram's head the four read as one number ("1237"), the columns
 * being narrower than the digits in projector mode's type, and only phase 1's
 * bar started there.
 */
import { memo, useMemo } from 'react';
import type { Step, Timeline } from '../model';
import { useApp, useT } from '../store';
import type { TimeScale } from './scale';
import './phaseRail.css';

type Band = 1 | 2 | 3 | 'close';
const BANDS: Band[] = [1, 2, 3, 'close'];

function bandOf(step: Step): Band | null {
  if (step.phase.mdn) return step.phase.mdn;
  return step.phase.sevenStep === 7 ? 'close' : null;
}

interface Props {
  timeline: Timeline;
  scale: TimeScale;
  x: number;
}

function bandSpans(timeline: Timeline): Map<Band, { from: number; to: number }> {
  const spans = new Map<Band, { from: number; to: number }>();
  for (const s of timeline.steps) {
    const b = bandOf(s);
    if (b === null) continue;
    const span = spans.get(b);
    if (!span) spans.set(b, { from: s.time, to: s.time });
    else span.to = Math.max(span.to, s.time);
  }
  return spans;
}

/** How far apart the bars' columns are (px); a bar is `BAR_PX` wide. */
export const COLUMN_PX = 10;
const BAR_PX = 6;
/** A number's baseline above its bar's top (px). */
const NUMBER_GAP_PX = 4;
/** The height kept between two numbers (px): projector mode's 16 px digits (phaseRail.css). */
const NUMBER_LINE_PX = 18;

export interface RailBand {
  band: Band;
  /** The bar: its left edge, top and height. */
  bar: { x: number; y: number; height: number };
  /** Its number's centre and baseline. */
  number: { x: number; y: number };
}

/**
 * Where each bar and its number go. Two bars that start within a line of each other (a FIN sent
 * with the response's last bytes) would have their numbers side by side: the later one goes a
 * line higher, still over its own bar, whose column is empty above its top.
 */
export function railBands(timeline: Timeline, scale: TimeScale, x: number): RailBand[] {
  const spans = bandSpans(timeline);
  const out: RailBand[] = [];
  BANDS.forEach((band, i) => {
    const span = spans.get(band);
    if (!span) return;
    const left = x + i * COLUMN_PX;
    const top = scale.y(span.from) - 4;
    const height = Math.max(8, scale.y(span.to) - scale.y(span.from) + 8);
    let y = top - NUMBER_GAP_PX;
    // Only ever higher, so this ends once the number is clear of every other.
    let near = out.find((o) => Math.abs(o.number.y - y) < NUMBER_LINE_PX);
    while (near) {
      y = near.number.y - NUMBER_LINE_PX;
      near = out.find((o) => Math.abs(o.number.y - y) < NUMBER_LINE_PX);
    }
    out.push({ band, bar: { x: left, y: top, height }, number: { x: left + BAR_PX / 2, y } });
  });
  return out;
}

export const PhaseRail = memo(function PhaseRail({ timeline, scale, x }: Props) {
  const t = useT();
  const bands = useMemo(() => railBands(timeline, scale, x), [timeline, scale, x]);
  // Re-renders only when the step moves into another band.
  const current = useApp((s) => {
    const step = s.timeline?.steps[s.cursor];
    return step ? bandOf(step) : null;
  });
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing, not focusable; the explanation says it in words
    <g className="phase-rail" aria-hidden="true">
      {bands.map(({ band: b, bar, number }) => {
        const name = b === 'close' ? t['seven.7'] : t[`mdn.${b}`];
        return (
          <g key={b} className={`phase-band band-${b}${current === b ? ' current' : ''}`}>
            <text x={number.x} y={number.y} textAnchor="middle">
              {b === 'close' ? '7' : b}
            </text>
            <rect x={bar.x} y={bar.y} width={BAR_PX} height={bar.height} rx={3}>
              <title>{name}</title>
            </rect>
          </g>
        );
      })}
    </g>
  );
});

/**
 * Windowing for long diagrams. A capture of thousands of segments would put thousands of arrows,
 * labels and state tags into the DOM, and every step would place labels among all of them; so a
 * diagram of more than `VIRTUAL_ABOVE` arrows draws only the band of the SVG that is on screen
 * plus a margin of a screen above and below. The SVG keeps its whole height, so that it is its own
 * spacer: the scrollbar, the follow and the ruler's coordinates stay those of the whole diagram.
 * Every canned scenario (35 arrows at most) is drawn whole, exactly as before.
 */
import type { ArrowGeometry } from './geometry';
import type { StateTag } from './layout';
import type { ScaleBreak, ScalePause } from './scale';

/** A vertical band of the diagram, in the SVG's pixels. */
export interface Band {
  from: number;
  to: number;
}

/** The whole diagram. */
export const WHOLE: Band = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };

/** Diagrams with more arrows than this are windowed. */
export const VIRTUAL_ABOVE = 200;

/** The band moves in steps of this many pixels, so that scrolling re-renders rarely. */
export const BAND_QUANTUM = 256;

/** What reaches above or below an arrow: its label (lifted, rotated) and an expected ACK's two lines. */
const ARROW_REACH = 48;

/**
 * The band to draw for a viewport `top` px down the scroller, `height` px high: the screen and
 * one more screen (at least 400 px) either side, its edges on multiples of `BAND_QUANTUM`.
 */
export function bandFor(top: number, height: number): Band {
  const margin = Math.max(height, 400);
  return {
    from: Math.floor((top - margin) / BAND_QUANTUM) * BAND_QUANTUM,
    to: Math.ceil((top + height + margin) / BAND_QUANTUM) * BAND_QUANTUM,
  };
}

export function sameBand(a: Band, b: Band): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Whether anything of the arrow (its line, its label, its old duplicate's past) is in the band. */
export function arrowInBand(a: ArrowGeometry, band: Band): boolean {
  const top = Math.min(a.y1, a.y2, a.past?.y ?? a.y1) - ARROW_REACH;
  const bottom = Math.max(a.y1, a.y2) + ARROW_REACH;
  return bottom >= band.from && top <= band.to;
}

/** The indices of the arrows in the band, in order. */
export function arrowsInBand(arrows: readonly ArrowGeometry[], band: Band): number[] {
  const out: number[] = [];
  for (let i = 0; i < arrows.length; i++) {
    if (arrowInBand(arrows[i] as ArrowGeometry, band)) out.push(i);
  }
  return out;
}

/** Whether a y (a tick, a tag's baseline) is in the band, with a line's height to spare. */
export function yInBand(y: number, band: Band): boolean {
  return y >= band.from - 24 && y <= band.to + 24;
}

export function tagsInBand(tags: readonly StateTag[], band: Band): readonly StateTag[] {
  return band === WHOLE ? tags : tags.filter((tag) => yInBand(tag.y, band));
}

/** The ruler's ticks in the band. */
export function ticksInBand<T extends { y: number }>(
  ticks: readonly T[],
  band: Band,
): readonly T[] {
  return band === WHOLE ? ticks : ticks.filter((tick) => yInBand(tick.y, band));
}

/** The compressed stretches that reach into the band. */
export function breaksInBand(breaks: readonly ScaleBreak[], band: Band): readonly ScaleBreak[] {
  return band === WHOLE ? breaks : breaks.filter((b) => b.y1 >= band.from && b.y0 <= band.to);
}

/** The ruler's pauses that reach into the band. */
export function pausesInBand(pauses: readonly ScalePause[], band: Band): readonly ScalePause[] {
  return band === WHOLE ? pauses : pauses.filter((p) => p.y1 >= band.from && p.y0 <= band.to);
}

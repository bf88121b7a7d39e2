import { type RefObject, useEffect, useRef } from 'react';
import { PHONE_QUERY } from '../media';
import { scrollBehavior } from '../scrollBehavior';
import type { Span } from './geometry';
import { watchScroller } from './scroller';

interface View {
  /** The scroller's scrollTop, kept from scroll events (a new scroller starts at 0). */
  top: number;
  /** Its height, from the ResizeObserver; null until the first observation. */
  height: number | null;
}

/**
 * Scrolls the diagram so that the "now" line (at `y`) stays in view, with as much as fits of
 * `spans`, from the most to the least: on a short projector screen (1280×720) a segment in
 * flight ran off the bottom of the view with its numbers.
 *
 * Deciding whether to scroll reads no layout: the viewport's top comes from scroll events and
 * its height from a ResizeObserver, whose first callback arrives after the first layout. Reading
 * `clientHeight` on mount instead forced a second style and layout of the whole page before the
 * first paint (60 ms of the time to ready at 4× CPU); until the height is known, the follow waits.
 */
export function useFollow(
  scrollRef: RefObject<HTMLDivElement | null>,
  y: number,
  spans: readonly Span[],
  cursor: number,
) {
  const view = useRef<View>({ top: 0, height: null });
  const target = useRef({ y, spans });
  target.current = { y, spans };

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const v = view.current;
    return watchScroller(
      el,
      (top) => {
        v.top = top;
      },
      (h) => {
        const before = v.height;
        v.height = h;
        const { y, spans } = target.current;
        // A deep link opens at a later step: follow it once the height is known. A view that
        // changes height (the legend opened under it, the window resized) follows again where
        // it had the step in view: else the step's arrow stayed below a view made shorter. Where
        // the reader had scrolled away from the step, that scroll stays theirs.
        if (before === null || followTop(v.top, before, y, spans) === null) {
          follow(el, v, y, spans, 'auto');
        }
      },
    );
  }, [scrollRef]);

  // On a new step only: `spans` also changes as a long diagram's band follows a scroll by hand
  // (StepLayer draws only the arrows near the view), and that scroll is the reader's to keep.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the cursor says when to follow; the spans are read as they are then
  useEffect(() => {
    const el = scrollRef.current;
    if (el) follow(el, view.current, y, target.current.spans, scrollBehavior());
  }, [scrollRef, y, cursor]);
}

/**
 * On a phone's page a sheet sticks above the controls, over the lower part of the diagram while
 * the diagram is in view (styles.css, max-width 520px): the explanation, or Predict's question in
 * its place (learning.css). How much of the diagram it covers depends on the header above (a
 * scenario's description takes one line or three), the sheet's own height (Predict's grows with
 * its feedback) and where the page is scrolled, so it is measured: a share of the scroller's
 * height taken for it left the step's arrow under the sheet in large-response and
 * page-with-images. The layout is read at that width only, where the shell reads it at each step
 * already (the explanation's scroll, Shell.tsx); elsewhere a step reads none. An embed, as tall
 * as its content, has nothing over its diagram, and nothing is found.
 */
const phone =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(PHONE_QUERY)
    : null;

/**
 * How much of `el`'s height is under what sticks over its lower part, in px: the controls, and
 * whatever of the side column (one column with the diagram on a phone) has its top edge inside
 * the scroller, which only a sheet stuck over it can have.
 */
function covered(el: HTMLElement): number {
  const box = el.getBoundingClientRect();
  let bottom = box.bottom;
  for (const sheet of document.querySelectorAll('.side>*,.shell-controls')) {
    const edge = sheet.getBoundingClientRect().top;
    if (edge > box.top && edge < bottom) bottom = edge;
  }
  return box.bottom - bottom;
}

/**
 * Where the now line is put when the diagram scrolls to it, as a share of the part of the
 * scroller in sight: past its middle, since what is above it (the segments that led here) is
 * what a class reads, and below it only the segments in flight are drawn, a latency's height at
 * most. Above it too, the ruler's pauses (scale.ts): in projector mode at 1920×1080, a step's
 * answer to a request is two pauses of a label's height under it (not-found-404, step 20).
 */
const NOW_AT = 0.6;

function follow(
  el: HTMLElement,
  v: View,
  y: number,
  spans: readonly Span[],
  behavior: ScrollBehavior,
) {
  if (v.height === null) return;
  const top = followTop(v.top, v.height, y, spans, phone?.matches ? covered(el) : 0);
  if (top !== null) el.scrollTo({ top, behavior });
}

/**
 * Where the scroller's top goes, in a scroller `height` high now at `top`, for the now line at
 * `y` and `spans`; null where what it keeps in view is in view already. That is the first of
 * `spans` that fits, else the top of the last; clear of the view's top by 8 px and of its bottom
 * by 16, or of what covers its lower `hidden` px on a phone. When it scrolls, the now line goes
 * where NOW_AT says in the part in sight, as near as that allows.
 */
export function followTop(
  top: number,
  height: number,
  y: number,
  spans: readonly Span[],
  hidden = 0,
): number | null {
  const above = 8;
  const below = 16 + hidden;
  const room = height - above - below;
  const fits = (s: Span) => s.bottom - s.top <= room;
  const last = spans.at(-1) ?? { top: y, bottom: y };
  const kept = spans.find(fits) ?? { top: last.top, bottom: last.top + room };
  if (kept.top >= top + above && kept.bottom <= top + height - below) return null;
  const placed = y - (height - hidden) * NOW_AT;
  return Math.max(0, Math.min(kept.top - above, Math.max(placed, kept.bottom + below - height)));
}

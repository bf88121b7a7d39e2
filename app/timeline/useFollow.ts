import { type RefObject, useEffect, useRef } from 'react';
import { PHONE_QUERY } from '../media';
import { scrollBehavior } from '../scrollBehavior';
import { watchScroller } from './scroller';

interface View {
  /** The scroller's scrollTop, kept from scroll events (a new scroller starts at 0). */
  top: number;
  /** Its height, from the ResizeObserver; null until the first observation. */
  height: number | null;
}

/**
 * Scrolls the diagram so that the "now" line (at `y`) stays in view. Deciding
 * whether to scroll reads no layout: the viewport's top comes from scroll
 * events and its height from a ResizeObserver, whose first callback arrives
 * after the first layout. Reading `clientHeight` on mount instead forced a
 * second style and layout of the whole page before the first paint (60 ms of
 * the time to ready at 4× CPU); until the height is known, the follow waits.
 */
export function useFollow(scrollRef: RefObject<HTMLDivElement | null>, y: number) {
  const view = useRef<View>({ top: 0, height: null });
  const target = useRef(y);
  target.current = y;

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
        const first = v.height === null;
        v.height = h;
        // A deep link opens at a later step: follow it once the height is known.
        if (first) follow(el, v, target.current, 'auto');
      },
    );
  }, [scrollRef]);

  useEffect(() => {
    const el = scrollRef.current;
    if (el) follow(el, view.current, y, scrollBehavior());
  }, [scrollRef, y]);
}

/**
 * On a phone's page (not in an embed) the explanation sticks above the controls, over the lower
 * part of the diagram while the page is scrolled to its top (styles.css, max-width 520px): about
 * a third of the scroller's height at 390×844. There the now line is kept in the upper half.
 */
const phone =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(PHONE_QUERY)
    : null;
const underSheet = () =>
  phone?.matches === true && !document.documentElement.classList.contains('is-embed');

/**
 * Where the now line is put when the diagram scrolls to it, as a share of the scroller's height:
 * past its middle, since what is above it (the segments that led here) is what a class reads,
 * and below it only the segments in flight are drawn, a latency's height at most. On a phone, in
 * the upper part, clear of the explanation.
 */
const NOW_AT = 0.55;
const NOW_AT_UNDER_SHEET = 0.2;

function follow(el: HTMLElement, v: View, y: number, behavior: ScrollBehavior) {
  if (v.height === null) return;
  const covered = underSheet();
  const bottom = covered ? v.height * 0.5 : 80;
  if (y >= v.top + 40 && y <= v.top + v.height - bottom) return;
  const top = Math.max(0, y - v.height * (covered ? NOW_AT_UNDER_SHEET : NOW_AT));
  el.scrollTo({ top, behavior });
}

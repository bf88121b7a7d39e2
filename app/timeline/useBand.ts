import { type RefObject, useEffect, useState, useSyncExternalStore } from 'react';
import { type Band, bandFor, sameBand, WHOLE } from './band';
import { watchScroller } from './scroller';

/**
 * How many callers want the whole diagram in the DOM (the SVG and PNG export, which copy the
 * diagram on screen): while any does, nothing is windowed.
 */
let wholeWanted = 0;
const listeners = new Set<() => void>();

/** Asks for the whole diagram to be drawn; the function returned gives the request back. */
export function drawWhole(): () => void {
  wholeWanted++;
  for (const l of listeners) l();
  let given = false;
  return () => {
    if (given) return;
    given = true;
    wholeWanted--;
    for (const l of listeners) l();
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const wantsWhole = () => wholeWanted > 0;

/**
 * The band of the diagram to draw (`band.ts`): the whole diagram unless `windowed`; else what
 * the scroller shows plus a margin, followed from scroll events and a ResizeObserver (no layout is
 * read per step or per scroll event). Until the scroller's height is known, a screen of 800 px.
 */
export function useBand(scrollRef: RefObject<HTMLElement | null>, windowed: boolean): Band {
  const whole = useSyncExternalStore(subscribe, wantsWhole, () => false);
  const on = windowed && !whole;
  const [band, setBand] = useState<Band>(() => (on ? bandFor(0, 800) : WHOLE));
  useEffect(() => {
    const el = scrollRef.current;
    if (!on || !el) {
      setBand(WHOLE);
      return;
    }
    // Read once when windowing starts (a new long timeline), never per step: the scroller may
    // already be scrolled down.
    let top = el.scrollTop;
    let height = el.clientHeight || 800;
    const update = () => {
      const next = bandFor(top, height);
      setBand((prev) => (sameBand(prev, next) ? prev : next));
    };
    update();
    return watchScroller(
      el,
      (scrolled) => {
        top = scrolled;
        update();
      },
      (h) => {
        height = h;
        update();
      },
    );
  }, [scrollRef, on]);
  // A long timeline just loaded after a short one: never draw it whole, even for one render.
  if (!on) return WHOLE;
  return band === WHOLE ? bandFor(0, 800) : band;
}

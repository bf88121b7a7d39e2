import { createContext, type RefObject, useContext, useLayoutEffect, useState } from 'react';

/**
 * The width the build's prerendered page drew the diagram at (scripts/prerender.ts). The first
 * render starts from it on the server and while hydrating, so that both draw the same diagram;
 * the measure below then redraws it at the element's width before the first paint after hydration.
 */
export const FirstDrawWidth = createContext<number | null>(null);

/**
 * The element's content width, rounded to 8 px so that small jitters do not
 * re-lay out; null until it is known, so that the diagram is drawn once, at its
 * real width, instead of at a guess and then again. The first measure happens
 * while the element is still empty (so the layout it forces is the page
 * without the diagram) and its re-render happens before the first paint; a
 * ResizeObserver follows later changes.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number | null {
  const [width, setWidth] = useState<number | null>(useContext(FirstDrawWidth));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => setWidth(Math.max(300, Math.floor(w / 8) * 8));
    measure(el.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width;
      if (w) measure(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}

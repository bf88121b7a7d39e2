/**
 * What the diagram's scroller shows, without reading layout: its scrollTop from scroll events
 * and its height from a ResizeObserver (whose first callback comes after the first layout).
 * Shared by the follow of the "now" line (`useFollow.ts`) and the band drawn of a long diagram
 * (`useBand.ts`). Returns the function that stops watching.
 */
export function watchScroller(
  el: HTMLElement,
  onScroll: (top: number) => void,
  onHeight: (height: number) => void,
): () => void {
  const scrolled = () => onScroll(el.scrollTop);
  el.addEventListener('scroll', scrolled, { passive: true });
  const ro =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const h = entries[entries.length - 1]?.contentRect.height;
          if (h) onHeight(h);
        });
  ro?.observe(el);
  return () => {
    el.removeEventListener('scroll', scrolled);
    ro?.disconnect();
  };
}

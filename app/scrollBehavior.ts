/**
 * How a scroll the page makes by itself moves (the diagram following the cursor, Figure 5 showing
 * its markers): at once where the reader asked for reduced motion, else smoothly.
 */
const reducedMotion =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : null;

export function scrollBehavior(): ScrollBehavior {
  return reducedMotion?.matches ? 'auto' : 'smooth';
}

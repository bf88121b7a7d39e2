/**
 * The class that hides the build's prerendered page while the app replaces it with another
 * (app/firstPaint.css): set by the page's head script (scripts/prerender/firstPaint.ts),
 * removed by app/main.tsx once the app is on screen. No imports, so that the build's config can
 * read it too.
 */
export const STALE_CLASS = 'prerender-stale';

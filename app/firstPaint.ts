/**
 * The class that hides the build's prerendered page while the app replaces it with another
 * (app/firstPaint.css): set by the page's head script (scripts/prerender/firstPaint.ts),
 * removed by app/main.tsx once the app is on screen. No imports, so that the build's config can
 * read it too.
 */
export const STALE_CLASS = 'prerender-stale';

/**
 * The id of the `<script type="application/json">` that holds the first page's timeline, written
 * by the build beside the prerendered page (scripts/prerender.ts) and read by app/main.tsx, so
 * that the first page comes alive without the simulator (app/lazyModel.ts).
 */
export const FIRST_TIMELINE_ID = 'first-timeline';

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

/**
 * The player's buttons (app/controls/Controls.tsx), and the list on `document` in which the head
 * script (scripts/prerender/firstPaint.ts) keeps those pressed on the prerendered page before the
 * app can answer them. Hydrating keeps the page's elements, so the app can press them again.
 */
export const EARLY_BUTTONS = '.control-buttons > button';
export const EARLY_PRESSES = 'roundtripEarly';

type EarlyDocument = Document & { [EARLY_PRESSES]?: HTMLElement[] | null };
let early: HTMLElement[] = [];

/** Stops the head script keeping presses, before hydrating: React answers those after it. */
export function takeEarlyPresses(): void {
  const doc = document as EarlyDocument;
  early = doc[EARLY_PRESSES] ?? [];
  doc[EARLY_PRESSES] = null;
}

/** Presses again, once and in order, the buttons pressed before the app had the page. */
export function replayEarlyPresses(): void {
  for (const button of early.splice(0)) button.click();
}

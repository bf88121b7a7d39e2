/**
 * Where the focus goes when a button of the workshop adds, removes or moves a row, or closes the
 * workshop. Left alone it falls to the page's body with a removed button, or stays on a row that
 * another row has taken the place of, so that a second press of "Move up" undoes the first
 * (WCAG 2.4.3, focus order). The change is drawn at once (`flushSync`), then the first of the
 * places asked for that is on the page and enabled takes the focus.
 */
import { flushSync } from 'react-dom';

/** A place the focus may go, looked up once the change is drawn. */
export type Place = () => Element | null | undefined;

export function focusAfter(update: () => void, ...places: Place[]): void {
  flushSync(update);
  for (const place of places) {
    const el = place();
    if (el instanceof HTMLElement && el.isConnected && !el.matches(':disabled')) {
      el.focus();
      return;
    }
  }
}

/** The `index`th control of `scope` marked `data-row-control="<name>"` (one per row). */
export function rowControl(
  scope: ParentNode | null | undefined,
  name: string,
  index: number,
): Element | null {
  if (index < 0) return null;
  return scope?.querySelectorAll(`[data-row-control="${name}"]`)[index] ?? null;
}

/**
 * After row `i` of `count` is removed, the row whose same control takes the focus: the next one
 * (now at `i`), else the one before it, else none (-1).
 */
export const neighbourOf = (i: number, count: number): number => (i < count - 1 ? i : i - 1);

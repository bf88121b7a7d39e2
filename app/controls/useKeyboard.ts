/**
 * ← → and PageUp / PageDown step (PageDown and PageUp are what slide clickers send), Space
 * plays or pauses where the focus is on no control (the page, the diagram's scroller), Home/End
 * jump, ? lists the keys. A text field keeps every key; a list, a slider or a checkbox keeps its
 * own keys but not the clicker's; any control keeps Space, which presses a button (WCAG 2.1.1,
 * the ARIA button pattern): on the Play button that plays.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Inputs whose own keys these are not: a checkbox has no use for ← → or ?. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);
/** Inputs that are not for typing text: Space and the clicker's keys still play and step. */
const NOT_TEXT_INPUTS = new Set([...KEYLESS_INPUTS, 'range', 'color', 'file']);

/** Whether the focus is somewhere that uses ← →, Home, End and ? itself. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return (
    target.isContentEditable ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/**
 * Whether the focus is where text is typed (or a list is chosen from): every key is its own. So
 * is every control of a form that keeps its keys (`data-own-keys`, the workshop's): there Space
 * ticks a checkbox and presses a button, as a keyboard user filling in a form expects.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[data-own-keys]')) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(target.type);
  return (
    target.isContentEditable ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** The clicker's keys act wherever the focus is, but in a text field. */
const CLICKER = new Set(['PageDown', 'PageUp']);
const SPACE = new Set([' ', 'Spacebar']);

/**
 * What Space presses, ticks, opens or types into itself: a native control, or an element that
 * acts as one (the diagram's arrows are `role="button"`). A focusable box that is no control,
 * such as the diagram's scroller, leaves Space to play; so does a slider, which has no use of its
 * own for Space (the player's scrubber: Space plays from where it was dragged, as in a video
 * player); a form that keeps its keys (the workshop's) keeps it everywhere inside.
 */
const CONTROLS =
  'button, a[href], summary, input:not([type="range"]), select, textarea, [contenteditable], [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="radio"], [role="tab"], [role^="menuitem"], [role="option"], [data-own-keys]';

/** Whether Space belongs to the focused element rather than to playback. */
export function ownsSpace(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(CONTROLS) !== null;
}

/** Whether the focused element keeps this key from the page's shortcuts. */
function keeps(key: string, target: EventTarget | null): boolean {
  if (SPACE.has(key)) return ownsSpace(target);
  return CLICKER.has(key) ? isTextField(target) : isTyping(target);
}

export function useKeyboard(openHelp: () => void) {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (keeps(e.key, e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const s = store.getState();
      switch (e.key) {
        case 'ArrowLeft':
        case 'PageUp':
          s.previous();
          break;
        case 'ArrowRight':
        case 'PageDown':
          s.next();
          break;
        case 'Home':
          s.first();
          break;
        case 'End':
          s.last();
          break;
        case ' ':
        case 'Spacebar':
          s.togglePlay();
          break;
        case '?':
          openHelp();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, openHelp]);
}

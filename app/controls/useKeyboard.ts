/** ← → step, Space plays or pauses, Home/End jump, ? lists the keys. Not while typing. */
import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Inputs whose own keys these are not: a checkbox has no use for ← → or ?. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return (
    target.isContentEditable ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** Elements whose own Space / Enter must not be taken over. */
function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('button, a, summary, input, label, [role="button"]') !== null
  );
}

export function useKeyboard(openHelp: () => void) {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const s = store.getState();
      switch (e.key) {
        case 'ArrowLeft':
          s.previous();
          break;
        case 'ArrowRight':
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
          if (isActivatable(e.target)) return;
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

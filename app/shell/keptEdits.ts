/**
 * The scenario whose workshop edits the Scenario menu left behind (a canned scenario's id, or
 * `custom`), for the notice that says how to go back to them; null when there is nothing to say.
 */
import { useSyncExternalStore } from 'react';

let kept: string | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function setKeptEdits(id: string | null) {
  if (id === kept) return;
  kept = id;
  for (const listener of listeners) listener();
}

export const keptEdits = () => kept;

export function useKeptEdits(): string | null {
  return useSyncExternalStore(subscribe, keptEdits, () => null);
}

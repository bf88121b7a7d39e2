/**
 * Whether the workshop's draft holds something that cannot be simulated, so that the timeline on
 * screen is the last version that worked. In the first load (small, no React beyond the hook):
 * the header's "Copy link to this moment" and "Copy embed code" copy that version, and say so.
 */
import { useSyncExternalStore } from 'react';

let stale = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function setWorkshopStale(next: boolean) {
  if (next === stale) return;
  stale = next;
  for (const listener of listeners) listener();
}

/** Whether the view on screen is older than the workshop's draft; false in the prerendered page. */
export function useWorkshopStale(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => stale,
    () => false,
  );
}
